package io.tankos.quadlet.generator;

import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;

/**
 * Strings built to break unit-file writers: line breaks, tabs, both quote kinds, backslashes and
 * escape-looking text, systemd's {@code %} and {@code $}, command separators, spaces at either end,
 * {@code =} {@code ,} {@code :} {@code #} {@code [}, control and non-ASCII characters, and the empty
 * string.
 */
final class HostileValues {
  private static final String CHARS =
      "abcXYZ019-_./ \t\n\r\"'\\%$;{}=,:#[]@!*?~`&|<>()é日\u00a0\u0001\u001b\u007f\u0085\u2028";

  private static final String[] TRICKS = {
    "", " ", "  a", "a  ", " a b ", "\"", "\"a\"", "'a'", "\"\"", "a\\", "\\", "\\n", "\\x20",
    "\\d", "%h", "%%", "%", "100%", "$HOME", "${HOME}", "$$", "$", ";", "\\;", "a;b", "#x", ";x",
    "[x]", "a=b", "=", "a,b", "a b", "a\tb", "a\nb", "a\rb", "\n", "é", "日本", "😀", "a\u00a0b",
    "--rm", "-v", "x\u0000y", "\u007f", "line\\\nnext", "\"a b\"", "'", "it's", "a\"b", "\\\"",
  };

  private HostileValues() {}

  /**
   * Hostile strings: mostly random strings over a hostile alphabet, plus known tricks.
   *
   * @return the generator
   */
  static Gen<String> strings() {
    return Gen.frequency(
        Gen.weighted(3, Gen.strings(Chars.of(CHARS), 0, 12)),
        Gen.weighted(2, Gen.of(TRICKS)),
        Gen.weighted(1, Gen.strings(Chars.alphaNumeric(), 1, 8)));
  }
}
