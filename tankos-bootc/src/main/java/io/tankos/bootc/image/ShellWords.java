package io.tankos.bootc.image;

import java.util.regex.Pattern;

/** Words of the Containerfile's shell steps: plain words as they are, others single-quoted. */
final class ShellWords {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

  private ShellWords() {}

  /** The word as {@code sh} reads it back verbatim. */
  static String word(String value) {
    return PLAIN.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
  }
}
