package io.tankos.bootc.image.internal;

import java.util.Locale;

/** How spec values appear in messages: one line, control characters escaped, long values cut. */
final class SpecText {
  private static final int MAX_SHOWN = 60;

  private SpecText() {}

  /** A value in double quotes, escaped and cut to one short line. */
  static String quoted(String value) {
    return "\"" + shown(value) + "\"";
  }

  /** A value escaped and cut to one short line. */
  static String shown(String value) {
    StringBuilder b = new StringBuilder();
    int[] cps = value.codePoints().limit(MAX_SHOWN).toArray();
    for (int c : cps) {
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '"' || c == '\\') {
        b.append('\\').appendCodePoint(c);
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        b.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    }
    return value.codePointCount(0, value.length()) > MAX_SHOWN ? b + "…" : b.toString();
  }
}
