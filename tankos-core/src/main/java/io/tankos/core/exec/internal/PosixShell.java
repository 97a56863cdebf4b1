package io.tankos.core.exec.internal;

import java.util.List;

/** Quoting words for a POSIX shell command line (what sshd hands to the login shell). */
public final class PosixShell {
  private PosixShell() {}

  /**
   * Quotes one word so that a POSIX shell reads it back verbatim: single quotes around it, each
   * {@code '} written as {@code '\''}. The empty word becomes {@code ''}.
   *
   * @param word the word (must not contain NUL)
   * @return the quoted word
   */
  public static String quote(String word) {
    if (word.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a shell word cannot contain NUL");
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /**
   * Quotes every word and joins them with spaces.
   *
   * @param words the words
   * @return the command line
   */
  public static String commandLine(List<String> words) {
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(quote(word));
    }
    return line.toString();
  }

  /**
   * Joins words for messages, quoting only those that need it.
   *
   * @param words the words
   * @return the display text
   */
  public static String quoteForDisplay(List<String> words) {
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(isPlain(word) ? word : quote(word.replace('\0', '?')));
    }
    return line.toString();
  }

  private static boolean isPlain(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-_./=:,+@%".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
