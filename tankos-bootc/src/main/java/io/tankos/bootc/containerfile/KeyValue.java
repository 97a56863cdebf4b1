package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * One ENV or LABEL pair.
 *
 * @param name the name
 * @param value the value
 * @param legacy whether it is written in the legacy {@code KEY name value} form (only as parsed)
 */
public record KeyValue(Word name, Word value, boolean legacy) {

  /**
   * Checks the components.
   *
   * @param name the name
   * @param value the value
   * @param legacy whether the legacy form is used
   */
  public KeyValue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /**
   * A {@code name=value} pair.
   *
   * @param name the literal name
   * @param value the value
   * @return the pair
   */
  public static KeyValue of(String name, Word value) {
    return new KeyValue(Word.literal(name), value, false);
  }
}
