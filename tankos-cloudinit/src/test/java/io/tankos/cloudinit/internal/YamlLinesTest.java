package io.tankos.cloudinit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lines a load keeps from its own nodes are the lines a second reading of the text gives: for
 * every path of every cloud-config in the corpus, and for documents whose nodes the value's making
 * rewrites (duplicate keys, merge keys).
 */
class YamlLinesTest {

  @Test
  void linesFromTheLoadEqualLinesFromReadingTheTextAgain() throws IOException {
    List<String> docs = new ArrayList<>(List.of(
        "a: 1\nb:\n  c: 2\na: 3\n",
        "base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\n  z: [1, {w: 2}]\n",
        "users:\n  - name: a\n    name: b\n  - default\n"));
    Path root = Conformance.require("cloud-init");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("cloud-config")
          && Files.isRegularFile(p)).sorted().toList()) {
        docs.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    int paths = 0;
    int loaded = 0;
    for (String text : docs) {
      Yaml11.Loaded load;
      try {
        load = Yaml11.loadWithLines("doc", text);
      } catch (RuntimeException e) {
        continue; // not YAML cloud-init loads: nothing to compare
      }
      loaded++;
      YamlLines again = YamlLines.of(text);
      List<List<Object>> all = new ArrayList<>();
      collect(load.value(), new ArrayList<>(), all);
      for (List<Object> path : all) {
        String dotted = String.join(".", path.stream().map(String::valueOf).toList());
        assertThat(load.lines().line(path, dotted)).as(dotted + " in\n" + text)
            .isEqualTo(again.line(path, dotted));
        paths++;
      }
    }
    assertThat(loaded).as("documents loaded").isGreaterThan(60);
    assertThat(paths).as("paths compared").isGreaterThan(1000);
  }

  private static void collect(Object v, List<Object> path, List<List<Object>> all) {
    all.add(List.copyOf(path));
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        path.add(e.getKey());
        collect(e.getValue(), path, all);
        path.remove(path.size() - 1);
      }
    } else if (v instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        path.add(i);
        collect(l.get(i), path, all);
        path.remove(path.size() - 1);
      }
    }
  }
}
