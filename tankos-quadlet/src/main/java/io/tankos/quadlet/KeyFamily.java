package io.tankos.quadlet;

/**
 * One key in each of the sections that share it ({@code Label} of {@code [Container]},
 * {@code [Pod]}, …): the typed methods the sections share resolve their key through it.
 */
final class KeyFamily {
  private final QuadletKey[] byType = new QuadletKey[UnitType.values().length];

  private KeyFamily(QuadletKey... keys) {
    for (QuadletKey k : keys) {
      byType[UnitType.ofSection(k.section()).orElseThrow().ordinal()] = k;
    }
  }

  /**
   * The family of some keys with one name.
   *
   * @param keys a key of each section
   * @return the family
   */
  static KeyFamily of(QuadletKey... keys) {
    return new KeyFamily(keys);
  }

  /**
   * The key of a unit type's section.
   *
   * @param type the unit type
   * @return the key
   * @throws IllegalStateException when the section does not have the key
   */
  QuadletKey in(UnitType type) {
    QuadletKey k = byType[type.ordinal()];
    if (k == null) {
      throw new IllegalStateException("no such key in [" + type.section() + "]");
    }
    return k;
  }
}
