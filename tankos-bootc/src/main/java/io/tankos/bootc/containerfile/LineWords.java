package io.tankos.bootc.containerfile;

import java.util.ArrayList;
import java.util.List;

/** BuildKit's {@code parseWords}: blank-separated words, quotes and escapes kept in the words. */
final class LineWords {
  private LineWords() {}

  static List<String> parseWords(String rest, char escape) {
    List<String> words = new ArrayList<>();
    final int inSpaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    int phase = inSpaces;
    int quote = 0;
    boolean blankOk = false;
    StringBuilder b = new StringBuilder();
    int pos = 0;
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
      }
      if ((phase == inWord || phase == inQuote) && pos == n) {
        if (blankOk || b.length() > 0) {
          words.add(b.toString());
        }
        break;
      }
      if (phase == inWord) {
        if (GoText.isSpace(ch)) {
          phase = inSpaces;
          if (blankOk || b.length() > 0) {
            words.add(b.toString());
          }
          b.setLength(0);
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
          b.appendCodePoint(ch);
          pos += width;
          ch = rest.codePointAt(pos);
          width = Character.charCount(ch);
        }
        b.appendCodePoint(ch);
        pos += width;
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
        b.appendCodePoint(ch);
        ch = rest.codePointAt(pos);
        width = Character.charCount(ch);
      }
      b.appendCodePoint(ch);
      pos += width;
    }
    return words;
  }
}
