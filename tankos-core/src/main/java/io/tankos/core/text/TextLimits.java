package io.tankos.core.text;

import io.tankos.core.validation.LimitExceededException;

/**
 * Size, line-count and line-length checks on decoded text, in one linear pass, for parsers whose
 * lines end at {@code \n}. Sizes are counted in UTF-8 bytes, so a {@code String} and the bytes it
 * came from give the same verdict.
 */
public final class TextLimits {
  private TextLimits() {}

  /**
   * Checks the encoded size of a whole text.
   *
   * @param source the name used in error messages
   * @param text the text
   * @param maxBytes the largest UTF-8 size accepted
   * @param limit the limit's name, e.g. {@code UnitFileLimits.MAX_FILE_BYTES}
   * @throws LimitExceededException when the text is larger
   */
  public static void checkSize(String source, CharSequence text, long maxBytes, String limit) {
    long chars = text.length();
    // a char takes at most 3 bytes in UTF-8: a text of up to a third of the limit needs no count
    if (chars > maxBytes || (chars * 3 > maxBytes && Utf8.encodedLength(text) > maxBytes)) {
      throw BoundedInput.tooLarge(source, maxBytes, limit);
    }
  }

  /**
   * Checks the number of lines and the UTF-8 length of each line (without its {@code \n}).
   *
   * @param source the name used in error messages
   * @param text the text
   * @param maxLines the most lines accepted
   * @param linesLimit that limit's name
   * @param maxLineBytes the longest line accepted, in bytes
   * @param lineLimit that limit's name
   * @throws LimitExceededException naming the first line over a limit
   */
  public static void checkLines(String source, CharSequence text, int maxLines, String linesLimit,
      long maxLineBytes, String lineLimit) {
    int line = 0;
    int start = 0;
    int length = text.length();
    do {
      line++;
      if (line > maxLines) {
        throw new LimitExceededException(source, line, "more than " + maxLines + " lines",
            linesLimit, maxLines);
      }
      int end = lineEnd(text, start, length);
      // a char takes at most 3 bytes in UTF-8 (a surrogate pair 4 for 2): most lines need no count
      if ((long) (end - start) * 3 > maxLineBytes) {
        long bytes = Utf8.encodedLength(text, start, end);
        if (bytes > maxLineBytes) {
          throw new LimitExceededException(source, line, "line is " + bytes + " bytes long",
              lineLimit, maxLineBytes);
        }
      }
      start = end + 1;
    } while (start < length);
  }

  /** The index of the {@code \n} ending the line that starts at {@code start}, or the length. */
  private static int lineEnd(CharSequence text, int start, int length) {
    if (text instanceof String) {
      int nl = ((String) text).indexOf('\n', start);
      return nl < 0 ? length : nl;
    }
    int end = start;
    while (end < length && text.charAt(end) != '\n') {
      end++;
    }
    return end;
  }

  /**
   * The one-based line of a character index ({@code \n} ends a line).
   *
   * @param text the text
   * @param index a character index
   * @return the line number
   */
  public static int lineOf(CharSequence text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The one-based column of a character index: characters since the line's start, plus one.
   *
   * @param text the text
   * @param index a character index
   * @return the column
   */
  public static int columnOf(CharSequence text, int index) {
    int i = index;
    while (i > 0 && text.charAt(i - 1) != '\n') {
      i--;
    }
    return index - i + 1;
  }
}
