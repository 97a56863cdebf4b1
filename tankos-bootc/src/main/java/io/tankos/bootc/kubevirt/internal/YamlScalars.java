package io.tankos.bootc.kubevirt.internal;

import java.util.Set;

/**
 * What Jackson's YAML generator and SnakeYAML's emitter decide about one string before writing it,
 * as bit flags: which scalar styles the emitter would allow in a block context (its scalar
 * analysis, with Unicode allowed) and whether Jackson asks for a quoted key. Used by {@link
 * KubeYamlWriter}; nothing is allocated.
 */
final class YamlScalars {
  /** Holds a line break for the emitter: LF, NEL, LS or PS (a CR is not one). */
  static final int LINE_BREAK = 1;

  /** Holds NEL, LS or PS. */
  static final int UNICODE_BREAK = 1 << 1;

  /** Holds a character the emitter only writes in a double-quoted scalar. */
  static final int SPECIAL = 1 << 2;

  /** The emitter would not write it as a plain scalar in a block context. */
  static final int NO_BLOCK_PLAIN = 1 << 3;

  /** The emitter would not write it as a literal (or folded) block scalar. */
  static final int NO_BLOCK = 1 << 4;

  /** Holds a surrogate that is not half of a pair (left to Jackson). */
  static final int BAD_SURROGATE = 1 << 5;

  /** Names Jackson quotes as reserved words (besides any name starting with a tilde). */
  private static final Set<String> RESERVED =
      Set.of(
          "false", "False", "FALSE", "n", "N", "no", "No", "NO", "null", "Null", "NULL", "on", "On",
          "ON", "off", "Off", "OFF", "true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES");

  private static final String LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`";

  private YamlScalars() {}

  /**
   * Whether Jackson asks for a double-quoted key: a reserved word, a leading tilde, a leading digit,
   * sign or dot, or a control character below U+0020.
   *
   * @param name a non-empty key
   * @return true when quoted
   */
  static boolean jacksonQuotesName(String name) {
    char first = name.charAt(0);
    if (first == '~' || (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.') {
      return true;
    }
    if ("fnotyFNOTY".indexOf(first) >= 0 && name.length() <= 5 && RESERVED.contains(name)) {
      return true;
    }
    for (int i = 0, n = name.length(); i < n; i++) {
      if (name.charAt(i) < 0x20) {
        return true;
      }
    }
    return false;
  }

  /**
   * The flags of a non-empty string.
   *
   * @param s the string
   * @return the flags
   */
  static int analyze(String s) {
    int n = s.length();
    boolean blockIndicators = s.startsWith("---") || s.startsWith("...");
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;
    boolean lineBreaks = false;
    boolean unicodeBreaks = false;
    boolean special = false;
    boolean badSurrogate = false;
    boolean precededByWhitespace = true;
    boolean followedByWhitespace = n == 1 || isBlankOrBreak(s.codePointAt(1));
    boolean previousSpace = false;
    boolean previousBreak = false;
    int index = 0;
    while (index < n) {
      int c = s.codePointAt(index);
      if (index == 0) {
        if (LEADING_INDICATORS.indexOf(c) >= 0) {
          blockIndicators = true;
        }
        if ((c == '?' || c == ':' || c == '-') && followedByWhitespace) {
          blockIndicators = true;
        }
      } else {
        if (c == ':' && followedByWhitespace) {
          blockIndicators = true;
        }
        if (c == '#' && precededByWhitespace) {
          blockIndicators = true;
        }
      }
      boolean isBreak = c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
      if (isBreak) {
        lineBreaks = true;
        unicodeBreaks |= c != '\n';
      }
      if (!(c == '\n' || (c >= 0x20 && c <= 0x7E))
          && !(c == 0x85
              || (c >= 0xA0 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF))) {
        special = true;
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
          badSurrogate = true;
        }
      }
      if (c == ' ') {
        leadingSpace |= index == 0;
        trailingSpace |= index == n - 1;
        breakSpace |= previousBreak;
        previousSpace = true;
        previousBreak = false;
      } else if (isBreak) {
        leadingBreak |= index == 0;
        trailingBreak |= index == n - 1;
        spaceBreak |= previousSpace;
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      index += Character.charCount(c);
      precededByWhitespace = c == 0 || c == ' ' || c == '\t' || isBreak;
      followedByWhitespace = true;
      if (index + 1 < n) {
        int next = index + Character.charCount(s.codePointAt(index));
        if (next < n) {
          int d = s.codePointAt(next);
          followedByWhitespace = d == 0 || d == ' ' || d == '\t' || isBreak;
        }
      }
    }
    int flags = 0;
    if (lineBreaks) {
      flags |= LINE_BREAK;
    }
    if (unicodeBreaks) {
      flags |= UNICODE_BREAK;
    }
    if (special) {
      flags |= SPECIAL;
    }
    if (badSurrogate) {
      flags |= BAD_SURROGATE;
    }
    if (leadingSpace
        || leadingBreak
        || trailingSpace
        || trailingBreak
        || leadingZero(s)
        || breakSpace
        || spaceBreak
        || special
        || blockIndicators) {
      flags |= NO_BLOCK_PLAIN;
    }
    if (trailingSpace || spaceBreak || special) {
      flags |= NO_BLOCK;
    }
    return flags;
  }

  /** The emitter's {@code 0[0-9_]+}. */
  private static boolean leadingZero(String s) {
    if (s.length() < 2 || s.charAt(0) != '0') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlankOrBreak(int c) {
    return c == 0 || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x85 || c == 0x2028
        || c == 0x2029;
  }
}
