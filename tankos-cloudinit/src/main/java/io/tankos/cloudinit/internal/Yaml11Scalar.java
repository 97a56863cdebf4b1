package io.tankos.cloudinit.internal;

import org.yaml.snakeyaml.nodes.Tag;

/**
 * The style {@link Yaml11#dump} gives a string scalar, decided as SnakeYAML's emitter decides it
 * for the style {@code Yaml11}'s representer asks for (plain, literal for a line feed, double
 * quotes for NEL, LS or PS): the emitter's analysis of the characters (indicators, leading and
 * trailing spaces and breaks, special characters) and PyYAML's implicit types, which force quotes
 * on a string such as {@code yes} or {@code 0644}. {@link #FALLBACK} marks a string this class
 * does not decide (a lone surrogate, a key the emitter would write with {@code ?}).
 */
final class Yaml11Scalar {
  /** Written as is. */
  static final int PLAIN = 0;
  /** Between single quotes, a quote doubled. */
  static final int SINGLE_QUOTED = 1;
  /** Between double quotes, with escapes. */
  static final int DOUBLE_QUOTED = 2;
  /** A literal block scalar. */
  static final int LITERAL = 3;
  /** Not decided here: the caller dumps the value with SnakeYAML. */
  static final int FALLBACK = -1;

  /** A value of a block mapping, an item of a block sequence, or the document. */
  static final int IN_BLOCK = 0;
  /** An item of a flow sequence. */
  static final int IN_FLOW = 1;
  /** A key of a block mapping. */
  static final int AS_KEY = 2;

  // the emitter's analysis, as bits
  private static final int EMPTY = 1;
  private static final int MULTILINE = 1 << 1;
  private static final int FLOW_PLAIN = 1 << 2;
  private static final int BLOCK_PLAIN = 1 << 3;
  private static final int SINGLE = 1 << 4;
  private static final int BLOCK = 1 << 5;
  /** A line feed: the representer asks for a literal scalar. */
  private static final int LINE_FEED = 1 << 6;
  /** NEL, LS or PS: the representer asks for double quotes. */
  private static final int UNICODE_BREAK = 1 << 7;
  /** An unpaired surrogate, whose escaping is not decided here. */
  private static final int LONE_SURROGATE = 1 << 8;

  /** SnakeYAML's longest simple key (its default), counted with the five characters of !!str. */
  private static final int MAX_SIMPLE_KEY = 128 - 5;

  private Yaml11Scalar() {}

  /**
   * The style of a string in a place.
   *
   * @param s the string
   * @param place {@link #IN_BLOCK}, {@link #IN_FLOW} or {@link #AS_KEY}
   * @return {@link #PLAIN}, {@link #SINGLE_QUOTED}, {@link #DOUBLE_QUOTED}, {@link #LITERAL} or
   *     {@link #FALLBACK}
   */
  static int style(String s, int place) {
    int a = analyze(s);
    if ((a & LONE_SURROGATE) != 0) {
      return FALLBACK;
    }
    if (place == AS_KEY && ((a & (EMPTY | MULTILINE)) != 0 || s.length() >= MAX_SIMPLE_KEY)) {
      return FALLBACK; // the emitter writes "? key"
    }
    if ((a & UNICODE_BREAK) != 0) {
      return DOUBLE_QUOTED;
    }
    if ((a & LINE_FEED) != 0) {
      return place == IN_BLOCK && (a & BLOCK) != 0 ? LITERAL : DOUBLE_QUOTED;
    }
    int plain = place == IN_FLOW ? FLOW_PLAIN : BLOCK_PLAIN;
    if ((a & plain) != 0 && plainIsString(s)) {
      return PLAIN;
    }
    return (a & SINGLE) != 0 ? SINGLE_QUOTED : DOUBLE_QUOTED;
  }

  /**
   * Whether PyYAML reads the plain text back as a string: no implicit resolver matches. Text whose
   * first character starts none of them, or a word longer than any boolean or null, needs no
   * pattern.
   */
  static boolean plainIsString(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    switch (c) {
      case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O':
        if (s.length() > 5) {
          return true;
        }
        break;
      case '-', '+', '.', '<', '~', '=', '!', '&', '*':
        break;
      default:
        if (c < '0' || c > '9') {
          return true;
        }
    }
    return Tag.STR.equals(PyYamlResolver.resolvePlain(s));
  }

  private static boolean lineBreak(int c) {
    return c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /** Null, space or tab. */
  private static boolean blank(int c) {
    return c == 0 || c == ' ' || c == '\t';
  }

  /** Zero followed by digits and underscores only. */
  private static boolean leadingZero(String s) {
    if (s.length() < 2 || s.charAt(0) != '0') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < '0' || c > '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  /**
   * The emitter's scalar analysis, with its quirks: the character after the current one counts
   * as whitespace when the current one is a line break, and the second character of the text is
   * read as a code point at index 1 even inside a surrogate pair. (A string with a line break is
   * never asked for plain, so the first quirk decides nothing here; it is kept all the same.)
   */
  private static int analyze(String s) {
    int n = s.length();
    if (n == 0) {
      return EMPTY | BLOCK_PLAIN | SINGLE;
    }
    boolean blockIndicators = false;
    boolean flowIndicators = false;
    boolean lineBreaks = false;
    boolean special = false;
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;
    int bits = 0;
    if (s.startsWith("---") || s.startsWith("...")) {
      blockIndicators = true;
      flowIndicators = true;
    }
    boolean precededByBlank = true;
    boolean followedByBlank = n == 1 || blank(s.codePointAt(1)) || s.codePointAt(1) == '\r'
        || lineBreak(s.codePointAt(1));
    boolean previousSpace = false;
    boolean previousBreak = false;
    int i = 0;
    while (i < n) {
      int c = s.codePointAt(i);
      if (i == 0) {
        if ("#,[]{}&*!|>'\"%@`".indexOf(c) >= 0) {
          flowIndicators = true;
          blockIndicators = true;
        }
        if (c == '?' || c == ':') {
          flowIndicators = true;
          blockIndicators |= followedByBlank;
        }
        if (c == '-' && followedByBlank) {
          flowIndicators = true;
          blockIndicators = true;
        }
      } else {
        if (",?[]{}".indexOf(c) >= 0) {
          flowIndicators = true;
        }
        if (c == ':') {
          flowIndicators = true;
          blockIndicators |= followedByBlank;
        }
        if (c == '#' && precededByBlank) {
          flowIndicators = true;
          blockIndicators = true;
        }
      }
      boolean isBreak = lineBreak(c);
      if (isBreak) {
        lineBreaks = true;
        bits |= c == '\n' ? LINE_FEED : UNICODE_BREAK;
      }
      if (c != '\n' && (c < 0x20 || c > 0x7E) && c != 0x85 && (c < 0xA0 || c > 0xD7FF)
          && (c < 0xE000 || c > 0xFFFD) && (c < 0x10000 || c > 0x10FFFF)) {
        special = true;
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
          bits |= LONE_SURROGATE;
        }
      }
      if (c == ' ') {
        leadingSpace |= i == 0;
        trailingSpace |= i == n - 1;
        breakSpace |= previousBreak;
        previousSpace = true;
        previousBreak = false;
      } else if (isBreak) {
        leadingBreak |= i == 0;
        trailingBreak |= i == n - 1;
        spaceBreak |= previousSpace;
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      i += Character.charCount(c);
      precededByBlank = blank(c) || isBreak;
      followedByBlank = true;
      if (i + 1 < n) {
        int next = i + Character.charCount(s.codePointAt(i));
        if (next < n) {
          followedByBlank = blank(s.codePointAt(next)) || isBreak;
        }
      }
    }
    boolean flowPlain = true;
    boolean blockPlain = true;
    boolean single = true;
    boolean block = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak || leadingZero(s)) {
      flowPlain = false;
      blockPlain = false;
    }
    if (trailingSpace) {
      block = false;
    }
    if (breakSpace) {
      flowPlain = false;
      blockPlain = false;
      single = false;
    }
    if (spaceBreak || special) {
      flowPlain = false;
      blockPlain = false;
      single = false;
      block = false;
    }
    if (lineBreaks || flowIndicators) {
      flowPlain = false;
    }
    if (blockIndicators) {
      blockPlain = false;
    }
    return bits | (lineBreaks ? MULTILINE : 0) | (flowPlain ? FLOW_PLAIN : 0)
        | (blockPlain ? BLOCK_PLAIN : 0) | (single ? SINGLE : 0) | (block ? BLOCK : 0);
  }
}
