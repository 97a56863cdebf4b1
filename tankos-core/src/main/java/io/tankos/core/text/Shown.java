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
}
