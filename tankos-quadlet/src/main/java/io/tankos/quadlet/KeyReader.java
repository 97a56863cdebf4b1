package io.tankos.quadlet;

import java.util.List;

/**
 * What every unit offers to read a Quadlet key, and what the typed read-back methods
 * ({@code image()}, {@code publishPorts()}, {@code environment()}, …) are built on.
 */
public interface KeyReader {
  /**
   * The unit type.
   *
   * @return the type
   */
  UnitType unitType();

  /**
   * Every line of a key, as written.
   *
   * @param key a key of this unit's section or of {@code [Quadlet]}
   * @return the values in order, empty when absent
   */
  List<String> values(QuadletKey key);
}
