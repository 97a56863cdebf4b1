package io.tankos.cloudinit.internal;

/**
 * SnakeYAML's emitter's analysis of a string scalar, as bits: which styles it allows (plain in
 * flow and in block context, single-quoted, block), whether the text has line breaks, and what
 * else the writers of its output need to know. Both writers that reproduce the emitter's output
 * ({@link Yaml11Writer} for cloud-init's documents and the Kubernetes manifest writer of
 * tankos-bootc) decide their styles from it; nothing is allocated.
 *
 * <pre>{@code
 * int a = EmitterAnalysis.analyze("yes: no");
 * (a & EmitterAnalysis.BLOCK_PLAIN) == 0   // ": " is an indicator in block context
 * }</pre>
 */
public final class EmitterAnalysis {
  /** The empty string. */
  public static final int EMPTY = 1;
  /** Holds a line break: LF, NEL, LS or PS (a CR is not one). */
  public static final int MULTILINE = 1 << 1;
  /** May be written plain in a flow collection. */
  public static final int FLOW_PLAIN = 1 << 2;
  /** May be written plain in block context. */
  public static final int BLOCK_PLAIN = 1 << 3;
  /** May be written single-quoted. */
  public static final int SINGLE = 1 << 4;
  /** May be written as a literal or folded block. */
  public static final int BLOCK = 1 << 5;
  /** Holds a line feed. */
  public static final int LINE_FEED = 1 << 6;
  /** Holds NEL, LS or PS. */
  public static final int UNICODE_BREAK = 1 << 7;
  /** Holds a surrogate that is not half of a pair. */
  public static final int LONE_SURROGATE = 1 << 8;

  private EmitterAnalysis() {}

  /**
   * The emitter's scalar analysis, with its quirks: the character after the current one counts
   * as whitespace when the current one is a line break, and the second character of the text is
   * read as a code point at index 1 even inside a surrogate pair. (A string with a line break is
   * never asked for plain by {@link Yaml11Writer}, so the first quirk decides nothing there; it is
   * kept all the same.)
   *
   * @param s the string (or text being built, read as its string would be)
   * @return the bits
   */
  public static int analyze(CharSequence s) {
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
    if (startsWithThree(s, '-') || startsWithThree(s, '.')) {
      blockIndicators = true;
      flowIndicators = true;
    }
    boolean precededByBlank = true;
    boolean followedByBlank = n == 1 || blank(Character.codePointAt(s, 1))
        || Character.codePointAt(s, 1) == '\r' || lineBreak(Character.codePointAt(s, 1));
    boolean previousSpace = false;
    boolean previousBreak = false;
    int i = 0;
    while (i < n) {
      int c = Character.codePointAt(s, i);
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
        int next = i + Character.charCount(Character.codePointAt(s, i));
        if (next < n) {
          followedByBlank = blank(Character.codePointAt(s, next)) || isBreak;
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

  private static boolean lineBreak(int c) {
    return c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /** Whether the text starts with three of a character ({@code ---}, {@code ...}). */
  private static boolean startsWithThree(CharSequence s, char c) {
    return s.length() >= 3 && s.charAt(0) == c && s.charAt(1) == c && s.charAt(2) == c;
  }

  /** Null, space or tab. */
  private static boolean blank(int c) {
    return c == 0 || c == ' ' || c == '\t';
  }

  /** Zero followed by digits and underscores only. */
  private static boolean leadingZero(CharSequence s) {
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
}
