package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Wire;
import java.util.Optional;

/** How KubeVirt keeps a VirtualMachine's instance running ({@code spec.runStrategy}). */
public enum RunStrategy {
  /** {@code Always}. */
  ALWAYS("Always"),
  /** {@code RerunOnFailure}. */
  RERUN_ON_FAILURE("RerunOnFailure"),
  /** {@code Manual}. */
  MANUAL("Manual"),
  /** {@code Halted}. */
  HALTED("Halted"),
  /** {@code Once}. */
  ONCE("Once");

  private final String value;

  RunStrategy(String value) {
    this.value = value;
  }

  /**
   * The spelling in a manifest.
   *
   * @return e.g. {@code Always}
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
  public static Optional<RunStrategy> of(String text) {
    return Wire.find(RunStrategy.class, RunStrategy::value, text);
  }
}
