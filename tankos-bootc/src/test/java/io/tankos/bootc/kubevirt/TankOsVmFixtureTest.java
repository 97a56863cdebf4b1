package io.tankos.bootc.kubevirt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A Tank-OS VM built from the model carries the facts of Tank-OS's hand-written
 * deploy/base/virtualmachine.yaml (kubevirt.io/v1, runStrategy Always, app/tank-os/user labels on
 * the VM and its template, 2 cores, 4Gi memory request, virtio containerdisk and cloudinitdisk, the
 * masquerade "default" interface on the pod network, the tank-os-containerdisk image) and moves
 * user-data into a Secret and agent state onto a DataVolume.
 */
class TankOsVmFixtureTest {

  @Test
  void rendersTheFixtureByteForByte() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/kubevirt/tank-os-alice.yaml")) {
      assertThat(TankOsVm.forUser("alice").toYaml())
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void carriesTheFactsOfTankOsVirtualMachineYaml() throws IOException {
    JsonNode vm = KubeSchemas.YAML.readTree(TankOsVm.forUser("alice").toYaml());
    assertThat(vm.at("/apiVersion").asText()).isEqualTo("kubevirt.io/v1");
    assertThat(vm.at("/kind").asText()).isEqualTo("VirtualMachine");
    assertThat(vm.at("/metadata/name").asText()).isEqualTo("tank-alice");
    for (String labels : new String[] {"/metadata/labels", "/spec/template/metadata/labels"}) {
      assertThat(vm.at(labels + "/app").asText()).isEqualTo("tank-os");
      assertThat(vm.at(labels + "/tank-os~1user").asText()).isEqualTo("alice");
    }
    assertThat(vm.at("/spec/runStrategy").asText()).isEqualTo("Always");
    JsonNode domain = vm.at("/spec/template/spec/domain");
    assertThat(domain.at("/cpu/cores").asInt()).isEqualTo(2);
    assertThat(domain.at("/resources/requests/memory").asText()).isEqualTo("4Gi");
    assertThat(domain.at("/devices/disks/0/name").asText()).isEqualTo("containerdisk");
    assertThat(domain.at("/devices/disks/0/disk/bus").asText()).isEqualTo("virtio");
    assertThat(domain.at("/devices/disks/1/name").asText()).isEqualTo("cloudinitdisk");
    assertThat(domain.at("/devices/disks/1/disk/bus").asText()).isEqualTo("virtio");
    assertThat(domain.at("/devices/interfaces/0/name").asText()).isEqualTo("default");
    assertThat(domain.at("/devices/interfaces/0/masquerade").isObject()).isTrue();
    JsonNode spec = vm.at("/spec/template/spec");
    assertThat(spec.at("/networks/0/name").asText()).isEqualTo("default");
    assertThat(spec.at("/networks/0/pod").isObject()).isTrue();
    assertThat(spec.at("/volumes/0/containerDisk/image").asText())
        .isEqualTo("quay.io/redhat-et/tank-os-containerdisk:latest");
    // what the model adds over the hand-written file: no inline user-data, state on a DataVolume
    assertThat(spec.at("/volumes/1/cloudInitNoCloud/secretRef/name").asText())
        .isEqualTo("tank-alice-cloudinit");
    assertThat(spec.at("/volumes/1/cloudInitNoCloud/userData").isMissingNode()).isTrue();
    assertThat(spec.at("/volumes/2/dataVolume/name").asText()).isEqualTo("tank-alice-home");
    assertThat(vm.at("/spec/dataVolumeTemplates/0/spec/source/blank").isObject()).isTrue();
    assertThat(
            vm.at("/spec/dataVolumeTemplates/0/spec/storage/resources/requests/storage").asText())
        .isEqualTo("20Gi");
  }
}
