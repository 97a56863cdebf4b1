package io.tankos.cloudinit.internal;

import io.tankos.cloudinit.CloudInitLimits;
import io.tankos.core.text.BoundedInput;
import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;

/**
 * Checks YAML text before SnakeYAML sees it, in one linear pass: the size limit, the characters
 * PyYAML refuses in a stream, and the line-length limit that keeps SnakeYAML's scanner fast (its
 * look-ahead window is re-copied while one token is scanned, so time grows with the square of the
 * longest line).
 */
final class YamlText {
  private YamlText() {}

  /**
   * PyYAML's {@code Reader.NON_PRINTABLE} complement (also SnakeYAML's {@code isPrintable}): tab,
   * line feed, carriage return, printable ASCII, NEL, and Unicode outside C1 controls, surrogates
   * and U+FFFE/U+FFFF.
   *
   * @param c a code point
   * @return whether a YAML stream may contain it
   */
  static boolean allowed(int c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /**
   * Checks a YAML document.
   *
   * @param source the name for messages
   * @param text the document
   * @throws ParseException at the first character PyYAML refuses (line and column, as YAML counts
   *     them: NEL, U+2028 and U+2029 also end lines)
   * @throws LimitExceededException when the text or a line is too long
   */
  static void check(String source, String text) {
    long bytes = 0;
    int line = 1;
    int column = 0;
    int length = text.length();
    for (int i = 0; i < length; ) {
      char ch = text.charAt(i);
      if (ch >= 0x20 && ch <= 0x7E) {
        // a run of printable ASCII, most of any document: a byte and a column each, limits checked
        // once for the run, the one a character-by-character pass would meet first reported
        int end = i + 1;
        while (end < length && text.charAt(end) >= 0x20 && text.charAt(end) <= 0x7E) {
          end++;
        }
        long run = end - i;
        long toBytes = CloudInitLimits.MAX_BYTES - bytes;
        long toColumn = CloudInitLimits.MAX_YAML_LINE_LENGTH - column;
        if (run > toBytes && toBytes <= toColumn) {
          throw BoundedInput.tooLarge(source, CloudInitLimits.MAX_BYTES, "CloudInitLimits.MAX_BYTES");
        }
        if (run > toColumn) {
          throw tooLong(source, line);
        }
        bytes += run;
        column += (int) run;
        i = end;
        continue;
      }
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (!allowed(c)) {
        throw new ParseException(source, line, String.format("character U+%04X at column %d is"
            + " not allowed in YAML (PyYAML, and so cloud-init, refuses it: special characters"
            + " are not allowed)", c, column + 1));
      }
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (bytes > CloudInitLimits.MAX_BYTES) {
        throw BoundedInput.tooLarge(source, CloudInitLimits.MAX_BYTES, "CloudInitLimits.MAX_BYTES");
      }
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if ((c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) && !crlf) {
        line++;
        column = 0;
      } else if (!crlf && ++column > CloudInitLimits.MAX_YAML_LINE_LENGTH) {
        throw tooLong(source, line);
      }
      i += width;
    }
  }

  private static LimitExceededException tooLong(String source, int line) {
    return new LimitExceededException(source, line, "line is longer than "
        + CloudInitLimits.MAX_YAML_LINE_LENGTH + " characters",
        "CloudInitLimits.MAX_YAML_LINE_LENGTH", CloudInitLimits.MAX_YAML_LINE_LENGTH);
  }
}
