package io.tankos.bootc.containerfile;

import java.util.List;

/**
 * BuildKit's {@code parseWords}: blank-separated words, quotes and escapes kept in the words, read
 * as a cursor. A word is the text up to the next blank outside quotes, so it is a piece of the
 * line; only an escape that ends the line is dropped (and a word of that alone is none).
 */
final class LineWords {
  private final CharSequence text;
  /** Where the line ends. */
  private final int to;
  private final char escape;
  /** Where reading goes on. */
  private int pos;
  private int start;
  private int end;

  /**
   * A cursor before the first word of {@code text[from, to)}.
   *
   * @param text the line
   * @param from where the words start
   * @param to where the line ends
   * @param escape the escape character
   */
  LineWords(CharSequence text, int from, int to, char escape) {
    this.text = text;
    this.to = to;
    this.escape = escape;
    this.pos = from;
  }

  /**
   * The words of {@code text[from, to)}, added to {@code words}.
   *
   * @param text the line
   * @param from where the words start
   * @param to where the line ends
   * @param escape the escape character
   * @param words where the words go
   * @return the words
   */
  static List<String> parseWords(CharSequence text, int from, int to, char escape, List<String> words) {
    LineWords cursor = new LineWords(text, from, to, escape);
    while (cursor.next()) {
      words.add(cursor.word());
    }
    return words;
  }

  /** Where the current word starts in the line. */
  int start() {
    return start;
  }

  /** Where the current word ends in the line. */
  int end() {
    return end;
  }

  /** The current word. */
  String word() {
    return text.subSequence(start, end).toString();
  }

  /**
   * Moves to the next word.
   *
   * @return false when there is none
   */
  boolean next() {
    int n = to;
    pos = GoText.skipSpace(text, pos, n);
    if (pos == n) {
      return false;
    }
    start = pos;
    end = pos;
    int quote = 0;
    while (pos < n) {
      int ch = GoText.codePointAt(text, pos, n);
      int width = Character.charCount(ch);
      if (quote == 0) {
        if (GoText.isSpace(ch)) {
          return true;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
        }
      } else if (ch == quote) {
        quote = 0;
      }
      if (ch == escape && quote != '\'') {
        if (pos + width == n) {
          pos = n; // an escape that ends the line is dropped
          return end > start;
        }
        pos += width;
        width = Character.charCount(GoText.codePointAt(text, pos, n));
      }
      pos += width;
      end = pos;
    }
    return true;
  }
}
