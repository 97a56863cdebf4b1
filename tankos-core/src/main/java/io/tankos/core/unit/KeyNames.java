package io.tankos.core.unit;

/**
 * Shared copies of the key and group names the parser reads: unit files repeat a few names
 * ({@code Image}, {@code Exec}, {@code [Container]}) across thousands of files, so the parser takes an
 * earlier copy of an equal name instead of a new one. A fixed table of slots, each holding the last
 * name that hashed to it: memory stays bounded whatever the input, a miss costs the copy it would
 * have cost anyway, and a racing write only loses a slot (a {@link String} is safe to share).
 */
final class KeyNames {
  /** Longer names are copied each time: real keys are shorter. */
  private static final int MAX_LENGTH = 40;
  private static final String[] SLOTS = new String[1024];

  private KeyNames() {}

  /**
   * {@code s[from, to)} as a string, shared with an earlier equal name when one is in its slot.
   *
   * @param s the text
   * @param from the first index
   * @param to the end index
   * @return the name
   */
  static String of(String s, int from, int to) {
    int length = to - from;
    if (length > MAX_LENGTH) {
      return s.substring(from, to);
    }
    int h = length;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    int slot = (h ^ (h >>> 16)) & (SLOTS.length - 1);
    String known = SLOTS[slot];
    if (known != null && known.length() == length && s.regionMatches(from, known, 0, length)) {
      return known;
    }
    String name = s.substring(from, to);
    SLOTS[slot] = name;
    return name;
  }
}
