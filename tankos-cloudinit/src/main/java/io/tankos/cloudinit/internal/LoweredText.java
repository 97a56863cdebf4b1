package io.tankos.cloudinit.internal;

/**
 * Compares a text, as Python's {@code str.lower()} and Java's {@code toLowerCase(Locale.ROOT)}
 * lower-case it, with lower-case ASCII (a header such as {@code #cloud-config}), without making
 * the lower-cased text. Code point by code point: each lower-cases alone (the Kelvin sign to k),
 * except the dotted capital I, which a string's lower-casing makes two characters (i and a
 * combining dot) that no ASCII text continues.
 *
 * <pre>{@code
 * LoweredText.end(text, 0, "#cloud-config") // index after the header, or -1
 * }</pre>
 */
public final class LoweredText {
  private LoweredText() {}

  /**
   * Where the lower-cased text at {@code from} stops matching an ASCII text.
   *
   * @param text the text
   * @param from where to compare from
   * @param lowerAscii lower-case ASCII, e.g. {@code #include}
   * @return the index just after the match, or -1 when the lower-cased text does not start with it
   */
  public static int end(String text, int from, String lowerAscii) {
    int i = from;
    for (int k = 0; k < lowerAscii.length(); k++) {
      if (i >= text.length()) {
        return -1;
      }
      int c = text.codePointAt(i);
      if (c == 0x130 || Character.toLowerCase(c) != lowerAscii.charAt(k)) {
        return -1;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /**
   * Whether the first line, lower-cased and without trailing white space, is an ASCII text (the
   * line ends at a line feed or carriage return, as {@code String.lines()} splits).
   *
   * @param text the text
   * @param lowerAscii lower-case ASCII
   * @return true when the first line is it
   */
  public static boolean firstLineIs(String text, String lowerAscii) {
    int i = end(text, 0, lowerAscii);
    if (i < 0) {
      return false;
    }
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      int c = text.codePointAt(i);
      if (!Character.isWhitespace(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
