package io.tankos.bootc.containerfile;

import java.util.Locale;

/**
 * One line read as BuildKit's {@code DirectiveParser.ParseLine} reads it, by hand: the line
 * starts with {@code #}; Go's {@code unicode.IsSpace} characters after it are skipped; the rest
 * must match {@code ^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$} as Go's {@code regexp} reads it.
 * There {@code \s} is {@code [\t\n\f\r ]} (no vertical tab, unlike Java's), {@code .} is any
 * character but a line feed (Java's also stops at CR, NEL, LS and PS) and {@code $} is the end of
 * the text (Java's also matches before a final line separator).
 *
 * @param key the key in lower case
 * @param value the value as BuildKit reads it, which may have blanks the model cannot carry
 */
record DirectiveLine(String key, String value) {
  /**
   * Reads a line whose line ending was removed.
   *
   * @param line the line
   * @return the key and value, or null when the line is not shaped as a directive
   */
  static DirectiveLine read(String line) {
    if (line.isEmpty() || line.charAt(0) != '#') {
      return null;
    }
    int n = line.length();
    int i = GoText.skipSpace(line, 1, n);
    int keyStart = i;
    if (i == n || !isAsciiLetter(line.charAt(i))) {
      return null;
    }
    i++;
    while (i < n && (isAsciiLetter(line.charAt(i)) || isAsciiDigit(line.charAt(i)))) {
      i++;
    }
    int keyEnd = i;
    while (i < n && isRegexSpace(line.charAt(i))) {
      i++;
    }
    if (i == n || line.charAt(i) != '=') {
      return null;
    }
    int rest = i + 1;
    int start = rest;
    while (start < n && isRegexSpace(line.charAt(start))) {
      start++;
    }
    int end = n;
    while (end > start && isRegexSpace(line.charAt(end - 1))) {
      end--;
    }
    if (start == n) {
      // only blanks after '=': the greedy blanks give back the last one '.' can take
      end = n;
      while (end > rest && line.charAt(end - 1) == '\n') {
        end--;
      }
      if (end == rest) {
        return null;
      }
      start = end - 1;
    } else if (line.lastIndexOf('\n', end - 1) >= start) {
      return null; // '.' does not take a line feed between the value's first and last character
    }
    return new DirectiveLine(line.substring(keyStart, keyEnd).toLowerCase(Locale.ROOT),
        line.substring(start, end));
  }

  /**
   * Whether BuildKit knows the key: {@code syntax}, {@code escape} or {@code check}. A line with
   * another key ends the directives and is a comment.
   *
   * @return true for a known key
   */
  boolean known() {
    return key.equals("syntax") || key.equals("escape") || key.equals("check");
  }

  private static boolean isRegexSpace(char c) {
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
