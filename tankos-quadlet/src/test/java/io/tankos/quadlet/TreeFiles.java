package io.tankos.quadlet;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unit directory trees for verdict tests: relative paths to UTF-8 texts, in the order given. */
final class TreeFiles {
  private TreeFiles() {}

  static Map<String, byte[]> files(String... pathsAndTexts) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      m.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return m;
  }
}
