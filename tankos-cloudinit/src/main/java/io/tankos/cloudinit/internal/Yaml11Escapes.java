package io.tankos.cloudinit.internal;

/**
 * The inside of a double-quoted scalar as SnakeYAML's emitter writes it with Unicode allowed and
 * no line splitting: printable ASCII as is except the quote and backslash; the short escapes
 * ({@code \0 \a \b \t \n \v \f \r \e \" \\ \N \_ \L \P}, so a no-break space too); other printable
 * characters (a surrogate pair as one, the byte order mark too) as is; other characters as {@code
 * \x} with two hex digits up to U+00FF, else a backslash, {@code u} and four. Strings with an
 * unpaired surrogate never come here ({@link Yaml11Scalar} leaves them to SnakeYAML).
 */
final class Yaml11Escapes {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Yaml11Escapes() {}

  /**
   * Appends the escaped text, without the quotes.
   *
   * @param out where to write
   * @param s the string, without unpaired surrogates
   */
  static void append(StringBuilder out, String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\') {
        out.append(c);
        continue;
      }
      char escape = shortEscape(c);
      if (escape != 0) {
        out.append('\\').append(escape);
      } else if (Character.isHighSurrogate(c) && i + 1 < n) {
        out.append(c).append(s.charAt(++i)); // U+10000 to U+10FFFF: printable
      } else if (c == 0x85 || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
        out.append(c);
      } else if (c <= 0xFF) {
        out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      }
    }
  }

  /** The letter of a short escape, or 0. */
  private static char shortEscape(char c) {
    return switch (c) {
      case 0 -> '0';
      case 0x07 -> 'a';
      case 0x08 -> 'b';
      case '\t' -> 't';
      case '\n' -> 'n';
      case 0x0B -> 'v';
      case 0x0C -> 'f';
      case '\r' -> 'r';
      case 0x1B -> 'e';
      case '"' -> '"';
      case '\\' -> '\\';
      case 0x85 -> 'N';
      case 0xA0 -> '_';
      case 0x2028 -> 'L';
      case 0x2029 -> 'P';
      default -> 0;
    };
  }
}
