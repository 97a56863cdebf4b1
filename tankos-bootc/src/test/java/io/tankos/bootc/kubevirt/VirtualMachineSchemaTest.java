package io.tankos.bootc.kubevirt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated VirtualMachines validate against KubeVirt's own OpenAPI definition of
 * v1.VirtualMachine.
 */
class VirtualMachineSchemaTest {
  static KubeSchemas vmSchema;

  @BeforeAll
  static void load() {
    vmSchema = KubeSchemas.kubevirt("v1.VirtualMachine");
  }

  @Test
  void tankOsVmValidates() {
    VirtualMachine vm = TankOsVm.forUser("alice");
    assertThat(vmSchema.errors(vm.toYaml())).isEmpty();
    assertThat(vmSchema.errors(vm.toJson())).isEmpty();
  }

  @Test
  void everyTypedFeatureValidates() {
    VirtualMachine vm =
        TankOsVm.forUser("bob").toBuilder()
            .runStrategy(RunStrategy.RERUN_ON_FAILURE)
            .dataVolumeTemplate(
                DataVolumeTemplate.registry("bob-root", "docker://quay.io/example/disk:1", "30Gi")
                    .withStorage("fast", List.of("ReadWriteOnce")))
            .domain(
                TankOsVm.forUser("bob").domain().toBuilder()
                    .cpu(new Cpu(2, 1, 2))
                    .memoryGuest("3Gi")
                    .resources(new Resources(Map.of("memory", "4Gi"), Map.of("memory", "5Gi")))
                    .firmware(new Firmware(Bootloader.EFI, true, "serial-1", null))
                    .disk(Disk.disk("root", DiskBus.SATA).withBootOrder(1))
                    .disk(Disk.disk("claim", DiskBus.SCSI))
                    .iface(Interface.bridge("lan").withModel("virtio"))
                    .build())
            .network(Network.multus("lan", "default/lan"))
            .volume(Volume.dataVolume("root", "bob-root"))
            .volume(Volume.persistentVolumeClaim("claim", "bob-claim"))
            .nodeSelector(Map.of("kubernetes.io/arch", "amd64"))
            .terminationGracePeriodSeconds(30L)
            .build();
    assertThat(vmSchema.errors(vm.toYaml())).isEmpty();
  }

  @Test
  void inlineUserDataAndNetworkDataValidate() {
    VirtualMachine vm =
        TankOsVm.forUser("carol").toBuilder()
            .volumes(
                List.of(
                    Volume.containerDisk("containerdisk", TankOsVm.IMAGE, null),
                    Volume.cloudInitNoCloud(
                        "cloudinitdisk",
                        CloudInitNoCloud.builder()
                            .userData("#cloud-config\nhostname: tank-carol\n")
                            .networkDataSecretRef("carol-net")
                            .build()),
                    Volume.dataVolume("home", "tank-carol-home")))
            .build();
    assertThat(vmSchema.errors(vm.toYaml())).isEmpty();
  }

  @Test
  void theSchemaCatchesAWrongField() throws IOException {
    ObjectNode tree = (ObjectNode) KubeSchemas.YAML.readTree(TankOsVm.forUser("alice").toYaml());
    ((ObjectNode) tree.at("/spec/template/spec/domain/cpu")).put("cores", "two");
    assertThat(vmSchema.errors(tree)).anySatisfy(e -> assertThat(e).contains("cores"));
    ObjectNode noDevices =
        (ObjectNode) KubeSchemas.YAML.readTree(TankOsVm.forUser("alice").toYaml());
    ((ObjectNode) noDevices.at("/spec/template/spec/domain")).remove("devices");
    assertThat(vmSchema.errors(noDevices)).anySatisfy(e -> assertThat(e).contains("devices"));
  }

  @Test
  void everyVirtualMachineExampleValidatesAfterTheRoundTrip() throws IOException {
    int checked = 0;
    for (var file : KubeVirtExamplesTest.examples().toList()) {
      String text = Files.readString(file);
      if (!text.contains("\nkind: VirtualMachine\n")) {
        continue;
      }
      VirtualMachine vm = VirtualMachine.parseYaml(file.getFileName().toString(), text);
      assertThat(vmSchema.errors(vm.toYaml())).as(file.getFileName().toString()).isEmpty();
      checked++;
    }
    assertThat(checked).isEqualTo(12);
  }
}
