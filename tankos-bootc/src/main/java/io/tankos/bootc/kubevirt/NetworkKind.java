package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Wire;
import java.util.Optional;

/** Where a network comes from: the pod network or a Multus network attachment. */
public enum NetworkKind {
  /** {@code pod}. */
  POD("pod"),
  /** {@code multus}. */
  MULTUS("multus");

  private final String value;

  NetworkKind(String value) {
    this.value = value;
  }

  /**
   * The spelling in a manifest.
   *
   * @return e.g. {@code pod}
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
  public static Optional<NetworkKind> of(String text) {
    return Wire.find(NetworkKind.class, NetworkKind::value, text);
  }
}
