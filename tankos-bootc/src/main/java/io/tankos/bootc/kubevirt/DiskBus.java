package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Wire;
import java.util.Optional;

/** The bus a disk is attached to ({@code disk.bus}). */
public enum DiskBus {
  /** {@code virtio}. */
  VIRTIO("virtio"),
  /** {@code sata}. */
  SATA("sata"),
  /** {@code scsi}. */
  SCSI("scsi"),
  /** {@code usb}. */
  USB("usb");

  private final String value;

  DiskBus(String value) {
    this.value = value;
  }

  /**
   * The spelling in a manifest.
   *
   * @return e.g. {@code virtio}
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
  public static Optional<DiskBus> of(String text) {
    return Wire.find(DiskBus.class, DiskBus::value, text);
  }
}
