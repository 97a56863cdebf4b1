package io.tankos.bootc.cli;

import java.util.Objects;

/**
 * A btrfs subvolume in a {@code customizations.disk} layout.
 *
 * @param name the subvolume name
 * @param mountpoint where it is mounted
 */
public record BibSubvolume(String name, String mountpoint) {

  /**
   * Checks the components.
   *
   * @param name the name
   * @param mountpoint the mount point
   */
  public BibSubvolume {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mountpoint, "mountpoint");
  }
}
