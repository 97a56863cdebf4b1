package io.tankos.bootc.kubevirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Determinism, typed read-back, secrets kept out of toString(), the containerDisk Containerfile.
 */
class VirtualMachineModelTest {

  @Test
  void renderingIsDeterministicAndInKubernetesKeyOrder() {
    String a = TankOsVm.forUser("alice").toYaml();
    String b = TankOsVm.forUser("alice").toYaml();
    assertThat(a).isEqualTo(b).doesNotContain("\r").endsWith("\n");
    assertThat(a)
        .startsWith("apiVersion: \"kubevirt.io/v1\"\nkind: \"VirtualMachine\"\nmetadata:\n");
    assertThat(a.indexOf("\nspec:\n")).isGreaterThan(a.indexOf("\nmetadata:\n"));
    assertThat(TankOsVm.forUser("alice").toJson()).isEqualTo(TankOsVm.forUser("alice").toJson());
  }

  @Test
  void parsedExamplesAreTyped() throws IOException {
    String text =
        Files.readString(Conformance.require("kubevirt/examples/vm-alpine-datavolume.yaml"));
    VirtualMachine vm = VirtualMachine.parseYaml("vm-alpine-datavolume.yaml", text);
    assertThat(vm.runStrategy()).isEqualTo(RunStrategy.HALTED);
    assertThat(vm.dataVolumeTemplates().get(0).source()).isEqualTo(DataVolumeSource.REGISTRY);
    assertThat(vm.dataVolumeTemplates().get(0).storageSize()).isEqualTo("2Gi");
    assertThat(vm.dataVolumeTemplates().get(0).storageApi()).isFalse();
    assertThat(vm.volumes().get(0).dataVolume()).isEqualTo("alpine-dv");
    assertThat(vm.domain().disks().get(0).bus()).isEqualTo(DiskBus.VIRTIO);
    assertThat(vm.domain().memoryGuest()).isEqualTo("128Mi");
    assertThat(vm.terminationGracePeriodSeconds()).isZero();
    assertThat(vm.specExtra()).isEmpty();
    assertThat(vm.templateSpecExtra()).isEmpty();
  }

  @Test
  void unknownFieldsAreKeptAndEdited() {
    String text =
        "apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: a\n"
            + "spec:\n  running: false\n  template:\n    spec:\n      domain:\n"
            + "        cpu: {cores: 1, model: host-passthrough}\n        devices: {}\n";
    VirtualMachine vm = VirtualMachine.parseYaml("a.yaml", text);
    assertThat(vm.specExtra()).containsEntry("running", false);
    assertThat(vm.domain().cpu()).isNull();
    assertThat(vm.domain().extra()).containsKey("cpu");
    VirtualMachine renamed = vm.toBuilder().metadata(ObjectMeta.named("b")).build();
    assertThat(renamed.toYaml()).contains("model: \"host-passthrough\"").contains("running: false");
  }

  @Test
  void userDataNeverAppearsInToString() {
    String secretText = "#cloud-config\npassword: hunter2-canary\n";
    CloudInitNoCloud source = CloudInitNoCloud.builder().userData(secretText).build();
    assertThat(source.toString()).doesNotContain("hunter2-canary").contains("chars");
    VirtualMachine vm =
        TankOsVm.forUser("alice").toBuilder()
            .volumes(
                List.of(
                    TankOsVm.forUser("alice").volumes().get(0),
                    Volume.cloudInitNoCloud("cloudinitdisk", source),
                    TankOsVm.forUser("alice").volumes().get(2)))
            .build();
    assertThat(vm.toString()).doesNotContain("hunter2-canary");
    assertThat(vm.volumes().get(1).toString()).doesNotContain("hunter2-canary");
    KubernetesSecret secret =
        KubernetesSecret.builder()
            .metadata(ObjectMeta.named("alice-cloudinit"))
            .stringData(KubernetesSecret.USER_DATA_KEY, secretText)
            .data("networkdata", "version: 2 # canary-2\n")
            .build();
    assertThat(secret.toString())
        .doesNotContain("hunter2-canary")
        .doesNotContain("canary-2")
        .contains("userdata")
        .contains("networkdata");
    assertThat(secret.toYaml()).contains("hunter2-canary");
  }

  @Test
  void secretKeysAreChecked() {
    try {
      KubernetesSecret.builder()
          .metadata(ObjectMeta.named("s"))
          .stringData("user data", "top-secret-canary")
          .build();
      throw new AssertionError("accepted");
    } catch (ValidationException e) {
      assertThat(e.getMessage())
          .contains("Secret.stringData.user data: is not a valid Secret key")
          .doesNotContain("top-secret-canary");
    }
  }

  @Test
  void secretValidatesAsYamlWithBase64Data() {
    KubernetesSecret secret =
        KubernetesSecret.builder()
            .metadata(ObjectMeta.builder().name("s").namespace("tank-alice").build())
            .data("userdata", "hi")
            .build();
    assertThat(secret.toYaml())
        .isEqualTo(
            "apiVersion: \"v1\"\nkind: \"Secret\"\nmetadata:\n  name: \"s\"\n  namespace:"
                + " \"tank-alice\"\ntype: \"Opaque\"\ndata:\n  userdata: \"aGk=\"\n");
    assertThat(secret.data("userdata"))
        .isEqualTo("hi".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void containerDiskContainerfile() {
    Containerfile cf = ContainerDisk.containerfile("disk.qcow2");
    assertThat(cf.toString()).isEqualTo("FROM scratch\nADD --chown=107:107 disk.qcow2 /disk/\n");
    Containerfile read = Containerfile.parse("Containerfile", cf.toString());
    assertThat(read.toString()).isEqualTo(cf.toString());
    assertThat(read.instructions().get(1))
        .isInstanceOfSatisfying(
            io.tankos.bootc.containerfile.Copy.class,
            copy -> {
              assertThat(copy.isAdd()).isTrue();
              assertThat(copy.destination().toString()).contains("/disk/");
            });
    for (String bad : List.of("", "/abs/disk.qcow2", "../disk.qcow2", "a b.qcow2", "x/../../y")) {
      try {
        ContainerDisk.containerfile(bad);
        throw new AssertionError("accepted " + bad);
      } catch (ValidationException e) {
        assertThat(e.getMessage()).contains("ContainerDisk.diskFile");
      }
    }
  }

  @Test
  void anchorsAndAliasesAreRefusedNotReadAsTheirNames() {
    String head = "apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: x\n";
    // Jackson alone reads *shared as the string "shared"; Kubernetes expands it
    assertThatThrownBy(() -> VirtualMachine.parseYaml("vm.yaml", head
        + "  labels:\n    a: &shared tank\n    b: *shared\nspec:\n  runStrategy: Always\n"))
        .isInstanceOf(io.tankos.core.validation.ParseException.class)
        .hasMessage("vm.yaml:7: aliases (*shared) are not allowed in a manifest: write the value out");
    assertThatThrownBy(() -> VirtualMachine.parseYaml("vm.yaml", head + "  labels: &l {a: b}\nspec:\n  runStrategy: Always\n"))
        .isInstanceOf(io.tankos.core.validation.ParseException.class)
        .hasMessage("vm.yaml:5: anchors (&l) are not allowed in a manifest");
    assertThatThrownBy(() -> VirtualMachine.parseYaml("vm.yaml", head + "spec:\n  runStrategy: *x\n"))
        .isInstanceOf(io.tankos.core.validation.ParseException.class)
        .hasMessage("vm.yaml:6: aliases (*x) are not allowed in a manifest: write the value out");
  }
}
