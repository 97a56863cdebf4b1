package io.tankos.core.text;

/**
 * Runs of ASCII digits, the {@code [0-9]+} that systemd's and Podman's number parsers read (Java's
 * {@link Character#isDigit} also takes other scripts' digits, which they refuse).
 *
 * <pre>{@code
 * AsciiDigits.isNumber("900");   // true
 * AsciiDigits.isNumber("\u0669"); // false: an Arabic-Indic nine
 * }</pre>
 */
public final class AsciiDigits {
  private AsciiDigits() {}

  /**
   * Whether a text is one or more ASCII digits, as the pattern {@code [0-9]+}, compiling none.
   *
   * @param text the text
   * @return true for a non-empty run of {@code 0}-{@code 9}
   */
  public static boolean isNumber(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }
}
