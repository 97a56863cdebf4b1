package io.tankos.cloudinit.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The property names and enum strings of cloud-init's schemas (every table tankos carries), found
 * for a region of a text without making a string: a document's keys are mostly names, and many of
 * its plain values enum strings, so {@link Yaml11FastReader} takes the shared string instead of a
 * copy of each. A cache only; a string not found is copied as before.
 */
final class KnownKeys {
  private static final String[] TABLES = {
      "cloud-config-22.4", "cloud-config-25.1", "network-v1-25.1", "network-v2-25.1"};

  /** Open addressing, linear probing; a power of two at least twice the number of names. */
  private static final String[] SLOTS = slots();

  private KnownKeys() {}

  /**
   * The known name or enum string equal to {@code text[from, to)}.
   *
   * @param text the text
   * @param from start of the region
   * @param to end of the region
   * @return the shared name, or null when the region is not one
   */
  static String find(String text, int from, int to) {
    int length = to - from;
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + text.charAt(i); // String.hashCode's
    }
    int mask = SLOTS.length - 1;
    for (int i = spread(hash) & mask; SLOTS[i] != null; i = (i + 1) & mask) {
      String name = SLOTS[i];
      if (name.length() == length && text.regionMatches(from, name, 0, length)) {
        return name;
      }
    }
    return null;
  }

  private static String[] slots() {
    Set<String> names = new LinkedHashSet<>();
    for (String table : TABLES) {
      names.addAll(SchemaRules.propertyNames(table));
      names.addAll(SchemaRules.enumStrings(table));
    }
    String[] slots = new String[Integer.highestOneBit(Math.max(names.size(), 1) * 4 - 1)];
    int mask = slots.length - 1;
    for (String name : names) {
      int i = spread(name.hashCode()) & mask;
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = name;
    }
    return slots;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
