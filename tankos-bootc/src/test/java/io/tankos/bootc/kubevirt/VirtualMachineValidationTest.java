package io.tankos.bootc.kubevirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule of VirtualMachine.build(), refused at the manifest location of the offending field. */
class VirtualMachineValidationTest {
  private static final String DEVICES = "VirtualMachine.spec.template.spec.domain.devices";
  private static final String TSPEC = "VirtualMachine.spec.template.spec";

  private static List<String> problems(VirtualMachine.Builder b) {
    try {
      b.build();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("build() accepted the VirtualMachine");
  }

  private static VirtualMachine.Builder base() {
    return TankOsVm.forUser("alice").toBuilder();
  }

  @Test
  void nameIsRequired() {
    assertThat(problems(base().metadata(ObjectMeta.builder().build())))
        .containsExactly("VirtualMachine.metadata.name: is required");
  }

  @Test
  void nameMustBeADns1123Label() {
    assertThat(problems(base().metadata(ObjectMeta.named("Tank_Alice"))))
        .singleElement()
        .asString()
        .startsWith("VirtualMachine.metadata.name: 'Tank_Alice' is not a DNS-1123 label");
    assertThat(problems(base().metadata(ObjectMeta.named("a".repeat(64)))))
        .singleElement()
        .asString()
        .contains("is not a DNS-1123 label");
  }

  @Test
  void diskWithoutVolumeIsRefusedAtTheDisk() {
    Domain domain =
        base().build().domain().toBuilder().disk(Disk.disk("scratch", DiskBus.VIRTIO)).build();
    assertThat(problems(base().domain(domain)))
        .containsExactly(
            DEVICES
                + ".disks[3].name: disk 'scratch' has no volume of the same name in"
                + " spec.template.spec.volumes");
  }

  @Test
  void volumeWithoutDiskIsRefusedAtTheVolume() {
    assertThat(problems(base().volume(Volume.persistentVolumeClaim("orphan", "claim"))))
        .containsExactly(
            TSPEC
                + ".volumes[3].name: volume 'orphan' is not used by any disk in"
                + " domain.devices.disks");
  }

  @Test
  void interfaceWithoutNetworkIsRefusedAtTheInterface() {
    Domain domain = base().build().domain().toBuilder().iface(Interface.bridge("lan")).build();
    assertThat(problems(base().domain(domain)))
        .containsExactly(
            DEVICES
                + ".interfaces[1].name: interface 'lan' has no network of the same name in"
                + " spec.template.spec.networks");
  }

  @Test
  void networkWithoutInterfaceIsRefusedAtTheNetwork() {
    assertThat(problems(base().network(Network.multus("lan", "default/lan"))))
        .containsExactly(
            TSPEC
                + ".networks[1].name: network 'lan' has no interface of the same name in"
                + " domain.devices.interfaces");
  }

  @Test
  void deviceNamesMustBeLabels() {
    Domain domain =
        Domain.builder()
            .disk(Disk.disk("containerdisk", DiskBus.VIRTIO))
            .disk(Disk.disk("Cloud.Init", DiskBus.VIRTIO))
            .build();
    VirtualMachine.Builder b =
        base()
            .domain(domain)
            .networks(List.of())
            .volumes(
                List.of(
                    Volume.containerDisk("containerdisk", TankOsVm.IMAGE, null),
                    Volume.cloudInitNoCloud(
                        "Cloud.Init",
                        CloudInitNoCloud.builder().userData("#cloud-config\n").build())))
            .dataVolumeTemplates(List.of());
    assertThat(problems(b))
        .containsExactly(
            DEVICES
                + ".disks[1].name: 'Cloud.Init' is not a DNS-1123 label (at most 63 characters"
                + " a-z, 0-9 and '-', starting and ending with a letter or digit)",
            TSPEC
                + ".volumes[1].name: 'Cloud.Init' is not a DNS-1123 label (at most 63 characters"
                + " a-z, 0-9 and '-', starting and ending with a letter or digit)");
  }

  @Test
  void duplicateDiskNamesAreRefused() {
    Domain domain =
        base().build().domain().toBuilder().disk(Disk.disk("home", DiskBus.SATA)).build();
    assertThat(problems(base().domain(domain)))
        .containsExactly(DEVICES + ".disks[3].name: 'home' is already the name of disks[2]");
  }

  @Test
  void userDataFromTwoPlacesIsRefused() {
    CloudInitNoCloud both =
        CloudInitNoCloud.builder().userData("#cloud-config\n").secretRef("s").build();
    VirtualMachine vm = base().build();
    List<Volume> volumes =
        List.of(
            vm.volumes().get(0),
            Volume.cloudInitNoCloud("cloudinitdisk", both),
            vm.volumes().get(2));
    assertThat(problems(base().volumes(volumes)))
        .containsExactly(
            TSPEC
                + ".volumes[1].cloudInitNoCloud.secretRef: user-data is set inline and from a"
                + " Secret; give one");
  }

  @Test
  void aVolumeHasOneSource() {
    VirtualMachine vm = base().build();
    Volume two = new Volume("home", null, null, "dv", "claim", Map.of());
    assertThat(problems(base().volumes(List.of(vm.volumes().get(0), vm.volumes().get(1), two))))
        .containsExactly(TSPEC + ".volumes[2]: volume 'home' has 2 sources; a volume has one");
  }

  @Test
  void anExtraFieldMayNotShadowATypedOne() {
    Domain domain =
        base().build().domain().toBuilder().extra(Map.of("cpu", Map.of("cores", 8))).build();
    assertThatThrownBy(() -> base().domain(domain).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "VirtualMachine.spec.template.spec.domain.cpu: is set both as a typed field and as an"
                + " untyped extra field");
  }

  @Test
  void duplicateDataVolumeTemplatesAreRefused() {
    assertThat(
            problems(base().dataVolumeTemplate(DataVolumeTemplate.blank("tank-alice-home", "1Gi"))))
        .containsExactly(
            "VirtualMachine.spec.dataVolumeTemplates[1].metadata.name: 'tank-alice-home' is already"
                + " the name of dataVolumeTemplates[0]");
  }

  @Test
  void aRegistrySourceNeedsItsUrl() {
    DataVolumeTemplate noUrl =
        new DataVolumeTemplate(
            ObjectMeta.named("root"),
            DataVolumeSource.REGISTRY,
            null,
            "10Gi",
            null,
            List.of(),
            true,
            Map.of());
    assertThat(problems(base().dataVolumeTemplate(noUrl)))
        .containsExactly(
            "VirtualMachine.spec.dataVolumeTemplates[1].spec.source.registry.url: is required for"
                + " a registry source");
  }

  @Test
  void parsingRefusesOtherKindsAndBadYaml() {
    assertThatThrownBy(
            () ->
                VirtualMachine.parseYaml(
                    "vmi.yaml", "apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\n"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("VirtualMachine.kind: must be VirtualMachine");
    assertThatThrownBy(() -> VirtualMachine.parseYaml("bad.yaml", "kind: [\n"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("bad.yaml");
    assertThatThrownBy(
            () ->
                VirtualMachine.parseYaml(
                    "v.yaml",
                    "apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata: {name: a}\n"
                        + "spec:\n  template:\n    spec:\n      domain:\n        devices:\n"
                        + "          disks:\n          - disk: {}\n"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(DEVICES + ".disks[0].name: is required and must be a string");
  }

  private static VirtualMachine.Builder withDisk(String image) {
    VirtualMachine vm = base().build();
    List<Volume> volumes = new java.util.ArrayList<>(vm.volumes());
    int i = 0;
    while (volumes.get(i).containerDisk() == null) {
      i++;
    }
    volumes.set(i, Volume.containerDisk(volumes.get(i).name(), image, null));
    return vm.toBuilder().volumes(volumes);
  }

  @Test
  void aContainerDiskImageIsAReferenceTheKubeletCanPull() {
    for (String ok : List.of("quay.io/redhat-et/tank-os-containerdisk:latest", "registry:5000/kubevirt/cirros:devel",
        "fedora", "localhost/a/b__c-d.e:1.0", "[fd00::1]:5000/x/y:tag", "quay.io/x/y@sha256:" + "a".repeat(64),
        "quay.io/x/y:1@sha256:" + "0".repeat(64), "My-Registry.example.com/lower/path")) {
      assertThat(withDisk(ok).build().volumes()).as(ok).isNotEmpty();
    }
    for (String bad : List.of("", "-rf", "quay.io/X/Upper", "a b", "quay.io/x/y:", "quay.io/x/y@sha256:abc",
        "docker://quay.io/x/y", "x/y:tag with space", "quay.io//y", "x/.y", "x/y-", "a".repeat(64), "x\ny",
        "quay.io/x/y:" + "t".repeat(129), "Registry/x", "[fd00::1]", "quay.io:/x", "-quay.io/x", "quay-.io/x", "h/" + "a".repeat(254), "a" + "-".repeat(4000) + "!", "a.".repeat(2000) + "!")) {
      assertThat(problems(withDisk(bad))).as(bad).singleElement().asString()
          .doesNotContain("\n").matches("VirtualMachine\\.spec\\.template\\.spec\\.volumes\\[\\d+\\]\\.containerDisk\\.image: '.*' is not a container"
              + " image reference: .*");
    }
  }

  @Test
  void quantitiesAreWhatTheApiServerParses() {
    for (String ok : List.of("4Gi", "512Mi", "1", "1.5Gi", ".5G", "500m", "1e9", "1E3", "2E", "100k", "+1Gi")) {
      assertThat(base().domain(base().build().domain().toBuilder().resources(Resources.memoryRequest(ok)).build())
          .build().domain().resources().requests()).as(ok).containsEntry("memory", ok);
    }
    for (String bad : List.of("", "lots", "4GB", "4 Gi", "Gi", "4gi", "1e", "1.2.3Gi", "-1Gi", "4Gi\n", "1".repeat(100))) {
      assertThat(problems(base().domain(base().build().domain().toBuilder().resources(Resources.memoryRequest(bad)).build())))
          .as(bad).singleElement().asString()
          .startsWith(TSPEC + ".domain.resources.requests.memory: '").doesNotContain("\n");
    }
  }

  @Test
  void everyDomainQuantityIsRefusedAtItsField() {
    Domain domain = base().build().domain().toBuilder()
        .memoryGuest("lots")
        .resources(new Resources(Map.of("cpu", "-1"), Map.of("memory", "4GB")))
        .build();
    assertThat(problems(base().domain(domain)))
        .containsExactly(
            TSPEC + ".domain.memory.guest: 'lots' is not a Kubernetes quantity (e.g. 4Gi, 512Mi, 500m, 1e9)",
            TSPEC + ".domain.resources.requests.cpu: '-1' is negative",
            TSPEC + ".domain.resources.limits.memory: '4GB' is not a Kubernetes quantity (e.g. 4Gi, 512Mi, 500m,"
                + " 1e9)");
  }
}
