package io.tankos.bootc.containerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's {@code parseWords}: blank-separated words, quotes and escapes kept in the words. A
 * word is the text between its blanks, so it is taken from the line as one substring; only an
 * escape that ends the line is dropped.
 */
final class LineWords {
  private LineWords() {}

  /**
   * The words of {@code rest[from..]}.
   *
   * @param rest the line
   * @param from where the words start
   * @param escape the escape character
   * @return the words
   */
  static List<String> parseWords(String rest, int from, char escape) {
    List<String> words = new ArrayList<>();
    final int inSpaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    int phase = inSpaces;
    int quote = 0;
    boolean blankOk = false;
    // the word read so far is rest[start, end)
    int start = from;
    int end = from;
    int pos = from;
    int n = rest.length();
    while (pos <= n) {
      int ch = pos < n ? rest.codePointAt(pos) : -1;
      int width = pos < n ? Character.charCount(ch) : 1;
      if (phase == inSpaces) {
        if (pos == n) {
          break;
        }
        if (GoText.isSpace(ch)) {
          pos += width;
          continue;
        }
        phase = inWord;
        start = pos;
        end = pos;
      }
      if ((phase == inWord || phase == inQuote) && pos == n) {
        if (blankOk || end > start) {
          words.add(rest.substring(start, end));
        }
        break;
      }
      if (phase == inWord) {
        if (GoText.isSpace(ch)) {
          phase = inSpaces;
          if (blankOk || end > start) {
            words.add(rest.substring(start, end));
          }
          blankOk = false;
          pos += width;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = inQuote;
        }
        if (ch == escape) {
          if (pos + width == n) {
            pos += width;
            continue;
          }
          pos += width;
          width = Character.charCount(rest.codePointAt(pos));
        }
        pos += width;
        end = pos;
        continue;
      }
      // in quote
      if (ch == quote) {
        phase = inWord;
      }
      if (ch == escape && quote != '\'') {
        if (pos + width == n) {
          phase = inWord;
          pos += width;
          continue;
        }
        pos += width;
        width = Character.charCount(rest.codePointAt(pos));
      }
      pos += width;
      end = pos;
    }
    return words;
  }
}
