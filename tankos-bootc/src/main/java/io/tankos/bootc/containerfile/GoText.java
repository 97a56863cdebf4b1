package io.tankos.bootc.containerfile;

import java.util.function.IntPredicate;

/** Go's text predicates and quoting, as the BuildKit parser and its dump use them. */
final class GoText {
  private GoText() {}

  /** Go's {@code unicode.IsSpace}. */
  static boolean isSpace(int c) {
    switch (c) {
      case '\t':
      case '\n':
      case 0x0B:
      case '\f':
      case '\r':
      case ' ':
      case 0x85:
      case 0xA0:
        return true;
      default:
        return c > 0xFF && Character.isSpaceChar(c);
    }
  }

  /** The whitespace of BuildKit's {@code reWhitespace}: {@code [\t\v\f\r ]}. */
  static boolean isWordSeparator(int c) {
    return c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == ' ';
  }

  /**
   * Whether any code point of the text passes the test (a loop: no stream per call).
   *
   * @param s the text
   * @param test the test
   * @return true when one passes
   */
  static boolean anyCodePoint(String s, IntPredicate test) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (test.test(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /**
   * Whether every code point of the text passes the test (true for empty text).
   *
   * @param s the text
   * @param test the test
   * @return true when all pass
   */
  static boolean allCodePoints(String s, IntPredicate test) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (!test.test(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** Go's {@code strings.TrimSpace}. */
  static String trimSpace(String s) {
    int start = skipSpace(s, 0, s.length());
    return s.substring(start, trimSpaceEnd(s, start, s.length()));
  }

  /** Go's {@code strings.TrimLeftFunc(s, unicode.IsSpace)}. */
  static String trimLeftSpace(String s) {
    return s.substring(skipSpace(s, 0, s.length()));
  }

  /**
   * Where the text from {@code from} has no more Go spaces: the index of the first other
   * character before {@code to}, or {@code to}. Every Go space is one {@code char} (none is a
   * supplementary character), so the text is read by {@code char}.
   *
   * @param s the text
   * @param from where to start
   * @param to where to stop
   * @return the index
   */
  static int skipSpace(CharSequence s, int from, int to) {
    int start = from;
    while (start < to && isSpace(s.charAt(start))) {
      start++;
    }
    return start;
  }

  /**
   * Where {@code s[from, to)} ends without the Go spaces at its end ({@code from} when it is all
   * spaces); read by {@code char} as in {@link #skipSpace}.
   *
   * @param s the text
   * @param from where the text starts
   * @param to where it ends
   * @return the index after its last other character
   */
  static int trimSpaceEnd(CharSequence s, int from, int to) {
    int end = to;
    while (end > from && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * The code point at {@code i} of {@code s[.., to)}: as {@link String#codePointAt} of the text
   * cut at {@code to}.
   *
   * @param s the text
   * @param i the index, before {@code to}
   * @param to where the text ends
   * @return the code point
   */
  static int codePointAt(CharSequence s, int i, int to) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to) {
      char d = s.charAt(i + 1);
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return c;
  }

  /** Go's {@code strconv.Quote} for valid UTF-8 text. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"':
                  b.append("\\\"");
                  break;
                case '\\':
                  b.append("\\\\");
                  break;
                case 7:
                  b.append("\\a");
                  break;
                case '\b':
                  b.append("\\b");
                  break;
                case '\f':
                  b.append("\\f");
                  break;
                case '\n':
                  b.append("\\n");
                  break;
                case '\r':
                  b.append("\\r");
                  break;
                case '\t':
                  b.append("\\t");
                  break;
                case 0x0B:
                  b.append("\\v");
                  break;
                default:
                  if (isPrint(c)) {
                    b.appendCodePoint(c);
                  } else if (c < 0x80) {
                    b.append(String.format("\\x%02x", c));
                  } else if (c < 0x10000) {
                    b.append(String.format("\\u%04x", c));
                  } else {
                    b.append(String.format("\\U%08x", c));
                  }
              }
            });
    return b.append('"').toString();
  }

  private static boolean isPrint(int c) {
    if (c < 0x20 || c == 0x7F) {
      return false;
    }
    if (c < 0x7F) {
      return true;
    }
    if (c == ' ') {
      return true;
    }
    int type = Character.getType(c);
    switch (type) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }
}
