package io.tankos.core.unit;

import java.util.Objects;

/**
 * A {@code Key=Value} line. The value is stored exactly as the unit-file parser reads it: continuation
 * lines joined, no leading whitespace, no trailing whitespace, no newline.
 *
 * @param key the key, case-sensitive
 * @param value the value, possibly empty (an empty assignment resets a list in Quadlet and systemd)
 */
public record Entry(String key, String value) implements UnitLine {

  /**
   * Checks the components for null; syntax is checked when rendering, with the entry's location.
   *
   * @param key the key
   * @param value the value
   */
  public Entry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return key + "=" + value;
  }
}
