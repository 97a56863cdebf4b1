package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Wire;
import java.util.Optional;

/** What happens to a VM's instance when its node is drained ({@code evictionStrategy}). */
public enum EvictionStrategy {
  /** {@code LiveMigrate}. */
  LIVE_MIGRATE("LiveMigrate"),
  /** {@code LiveMigrateIfPossible}. */
  LIVE_MIGRATE_IF_POSSIBLE("LiveMigrateIfPossible"),
  /** {@code None}. */
  NONE("None"),
  /** {@code External}. */
  EXTERNAL("External");

  private final String value;

  EvictionStrategy(String value) {
    this.value = value;
  }

  /**
   * The spelling in a manifest.
   *
   * @return e.g. {@code LiveMigrate}
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
  public static Optional<EvictionStrategy> of(String text) {
    return Wire.find(EvictionStrategy.class, EvictionStrategy::value, text);
  }
}
