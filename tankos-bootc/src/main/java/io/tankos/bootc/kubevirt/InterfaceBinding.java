package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Wire;
import java.util.Optional;

/** How a network interface is bound to its network. */
public enum InterfaceBinding {
  /** {@code masquerade}. */
  MASQUERADE("masquerade"),
  /** {@code bridge}. */
  BRIDGE("bridge"),
  /** {@code sriov}. */
  SRIOV("sriov");

  private final String value;

  InterfaceBinding(String value) {
    this.value = value;
  }

  /**
   * The spelling in a manifest.
   *
   * @return e.g. {@code masquerade}
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
  public static Optional<InterfaceBinding> of(String text) {
    return Wire.find(InterfaceBinding.class, InterfaceBinding::value, text);
  }
}
