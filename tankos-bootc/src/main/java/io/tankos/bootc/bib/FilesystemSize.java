package io.tankos.bootc.bib;

import java.util.Objects;

/**
 * A minimum filesystem size in a bootc-image-builder config ({@code [[customizations.filesystem]]}):
 * {@code /}, {@code /boot} or a directory below {@code /var}.
 *
 * @param mountpoint an absolute mount point
 * @param minsize the minimum size
 */
public record FilesystemSize(String mountpoint, DataSize minsize) {

  /**
   * Checks the components.
   *
   * @param mountpoint the mount point
   * @param minsize the size
   */
  public FilesystemSize {
    Objects.requireNonNull(mountpoint, "mountpoint");
    Objects.requireNonNull(minsize, "minsize");
  }
}
