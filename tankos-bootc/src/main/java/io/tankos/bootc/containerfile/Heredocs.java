package io.tankos.bootc.containerfile;

import java.util.HashSet;
import java.util.Set;

/** Delimiter choice for generated heredocs. */
final class Heredocs {
  private Heredocs() {}

  static String delimiterFor(String body) {
    Set<String> lines = new HashSet<>();
    for (String l : body.split("\n", -1)) {
      lines.add(SyntaxParser.trimNewline(l));
    }
    String name = "EOF";
    for (int i = 1; lines.contains(name); i++) {
      name = "EOF" + i;
    }
    return name;
  }
}
