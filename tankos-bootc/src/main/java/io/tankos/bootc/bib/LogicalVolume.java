package io.tankos.bootc.bib;

import java.util.Objects;

/**
 * A logical volume of an LVM partition in a {@code customizations.disk} layout; null components
 * are left out.
 *
 * @param name the LV name
 * @param minsize the minimum size (required)
 * @param mountpoint where it is mounted
 * @param label the filesystem label
 * @param fsType {@code ext4}, {@code xfs}, {@code vfat} or {@code swap}
 */
public record LogicalVolume(
    String name, DataSize minsize, String mountpoint, String label, String fsType) {

  /**
   * Checks the components.
   *
   * @param name the name
   * @param minsize the size
   * @param mountpoint the mount point
   * @param label the label
   * @param fsType the filesystem type
   */
  public LogicalVolume {
    Objects.requireNonNull(minsize, "minsize");
  }
}
