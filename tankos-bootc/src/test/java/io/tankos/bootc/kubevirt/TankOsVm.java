package io.tankos.bootc.kubevirt;

import java.util.List;

/**
 * A Tank-OS-like VirtualMachine for tests, with the facts of Tank-OS's
 * deploy/base/virtualmachine.yaml.
 */
final class TankOsVm {
  static final String IMAGE = "quay.io/redhat-et/tank-os-containerdisk:latest";

  private TankOsVm() {}

  static VirtualMachine forUser(String user) {
    return VirtualMachine.builder()
        .metadata(
            ObjectMeta.builder()
                .name("tank-" + user)
                .namespace("tank-" + user)
                .label("app", "tank-os")
                .label("tank-os/user", user)
                .build())
        .runStrategy(RunStrategy.ALWAYS)
        .dataVolumeTemplate(DataVolumeTemplate.blank("tank-" + user + "-home", "20Gi"))
        .templateMetadata(
            ObjectMeta.builder().label("app", "tank-os").label("tank-os/user", user).build())
        .domain(
            Domain.builder()
                .cpu(Cpu.cores(2))
                .resources(Resources.memoryRequest("4Gi"))
                .disk(Disk.disk("containerdisk", DiskBus.VIRTIO))
                .disk(Disk.disk("cloudinitdisk", DiskBus.VIRTIO))
                .disk(Disk.disk("home", DiskBus.VIRTIO))
                .iface(Interface.masquerade("default"))
                .build())
        .network(Network.pod("default"))
        .volumes(
            List.of(
                Volume.containerDisk("containerdisk", IMAGE, ImagePullPolicy.IF_NOT_PRESENT),
                Volume.cloudInitNoCloud(
                    "cloudinitdisk",
                    CloudInitNoCloud.builder().secretRef("tank-" + user + "-cloudinit").build()),
                Volume.dataVolume("home", "tank-" + user + "-home")))
        .evictionStrategy(EvictionStrategy.LIVE_MIGRATE_IF_POSSIBLE)
        .build();
  }
}
