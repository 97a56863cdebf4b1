package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Wire;
import java.util.Optional;

/** The firmware's boot loader ({@code firmware.bootloader}). */
public enum Bootloader {
  /** {@code bios}. */
  BIOS("bios"),
  /** {@code efi}. */
  EFI("efi");

  private final String value;

  Bootloader(String value) {
    this.value = value;
  }

  /**
   * The spelling in a manifest.
   *
   * @return e.g. {@code bios}
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
  public static Optional<Bootloader> of(String text) {
    return Wire.find(Bootloader.class, Bootloader::value, text);
  }
}
