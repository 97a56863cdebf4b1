package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Wire;
import java.util.Optional;

/**
 * The kind of a disk device: the key holding its target ({@code disk}, {@code cdrom}, {@code lun}).
 */
public enum DiskType {
  /** {@code disk}. */
  DISK("disk"),
  /** {@code cdrom}. */
  CDROM("cdrom"),
  /** {@code lun}. */
  LUN("lun");

  private final String value;

  DiskType(String value) {
    this.value = value;
  }

  /**
   * The spelling in a manifest.
   *
   * @return e.g. {@code disk}
   */
  public String value() {
    return value;
  }

  /**
   * The constant spelled {@code text} in a manifest.
   *
   * @param text the manifest's spelling
   * @return the constant, or empty when the text names none
   */
  public static Optional<DiskType> of(String text) {
    return Wire.find(DiskType.class, DiskType::value, text);
  }
}
