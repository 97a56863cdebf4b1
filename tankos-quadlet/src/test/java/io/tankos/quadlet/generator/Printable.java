package io.tankos.quadlet.generator;

import java.util.List;
import java.util.stream.Collectors;

/** Java-string-literal rendering of test values, so that control characters show in messages. */
final class Printable {
  private Printable() {}

  static String of(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                  if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028) {
                    b.append(String.format("\\u%04x", c));
                  } else {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    return b.append('"').toString();
  }

  static String of(List<String> words) {
    return words.stream().map(Printable::of).collect(Collectors.joining(", ", "[", "]"));
  }
}
