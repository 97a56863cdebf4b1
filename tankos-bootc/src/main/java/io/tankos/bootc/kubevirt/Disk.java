package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Plain;
import java.util.Map;
import java.util.Objects;

/**
 * A disk device ({@code domain.devices.disks[]}), backed by the volume of the same name.
 *
 * @param name the device and volume name
 * @param type disk, cdrom or lun, or null for a device without a target key
 * @param bus the bus, or null for KubeVirt's default
 * @param bootOrder the boot order (1 boots first), or null
 * @param extra fields the model does not type, kept as they are
 */
public record Disk(
    String name, DiskType type, DiskBus bus, Integer bootOrder, Map<String, Object> extra) {

  /**
   * Checks and copies.
   *
   * @param name the name
   * @param type the type
   * @param bus the bus
   * @param bootOrder the boot order
   * @param extra untyped fields
   */
  public Disk {
    Objects.requireNonNull(name, "name");
    extra = Plain.copyMap(extra);
  }

  /**
   * A plain disk on a bus.
   *
   * @param name the device and volume name
   * @param bus the bus
   * @return the disk
   */
  public static Disk disk(String name, DiskBus bus) {
    return new Disk(name, DiskType.DISK, bus, null, Map.of());
  }

  /**
   * This disk with a boot order.
   *
   * @param order 1 boots first
   * @return the disk
   */
  public Disk withBootOrder(int order) {
    return new Disk(name, type, bus, order, extra);
  }
}
