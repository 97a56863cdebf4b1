package io.tankos.core.text;

import java.util.Locale;

/**
 * A value as an error message shows it: on one line (line breaks as {@code \n}, {@code \r}, tabs
 * as {@code \t}, other control characters as {@code \}{@code uXXXX}) and cut after a number of
 * characters with {@code …}, so a hostile value can neither forge further lines of output nor
 * make the message as large as itself.
 *
 * <pre>{@code
 * Shown.value("a\nb", 80);              // a\nb (backslash, n: one line)
 * Shown.value("x".repeat(100), 5);      // xxxxx…
 * Shown.line("a".repeat(50) + "z", 9);  // aaaaaa… (42 characters left out) …aaz (start and end kept)
 * }</pre>
 */
public final class Shown {
  private Shown() {}

  /**
   * The value escaped for one line and cut.
   *
   * @param value the value
   * @param max the most characters (code points) of it shown
   * @return the text to put in a message
   */
  public static String value(String value, int max) {
    StringBuilder b = new StringBuilder(Math.min(value.length(), max) + 8);
    int shown = 0;
    for (int i = 0; i < value.length(); ) {
      if (shown == max) {
        return b.append('…').toString();
      }
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      shown++;
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c >= 0x7f && c < 0xa0 || c == 0x2028 || c == 0x2029) {
            b.append(String.format(Locale.ROOT, "\\u%04x", c));
          } else {
            b.appendCodePoint(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * A whole message escaped for one line; when it is longer than {@code max} characters its middle
   * is left out, so that the start (file, line, key) and the end (the reason) stay readable however
   * long the value quoted between them.
   *
   * @param text the message
   * @param max the most characters (code points) of it shown, at least 3
   * @return the line
   */
  public static String line(String text, int max) {
    if (max < 3) {
      throw new IllegalArgumentException("max must be at least 3: " + max);
    }
    int points = text.codePointCount(0, text.length());
    if (points <= max) {
      return value(text, Integer.MAX_VALUE);
    }
    int head = max * 2 / 3;
    int tail = max - head;
    String start = text.substring(0, text.offsetByCodePoints(0, head));
    String end = text.substring(text.offsetByCodePoints(text.length(), -tail));
    return value(start, Integer.MAX_VALUE) + "\u2026 (" + (points - head - tail) + " characters left out) \u2026"
        + value(end, Integer.MAX_VALUE);
  }
}
