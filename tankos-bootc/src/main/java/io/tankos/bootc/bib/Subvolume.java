package io.tankos.bootc.bib;

import java.util.Objects;

/**
 * A btrfs subvolume in a {@code customizations.disk} layout.
 *
 * @param name the subvolume name
 * @param mountpoint where it is mounted
 */
public record Subvolume(String name, String mountpoint) {

  /**
   * Checks the components.
   *
   * @param name the name
   * @param mountpoint the mount point
   */
  public Subvolume {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mountpoint, "mountpoint");
  }
}
