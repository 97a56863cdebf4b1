package io.tankos.quadlet.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed generated sources are what the generator makes from the key table today. With
 * {@code -Dtankos.regenerate=true} the test writes them instead (see {@link QuadletSources#COMMAND}).
 */
class GeneratedSourcesTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();

  @Test
  void generatedSourcesMatchTheKeyTable() throws IOException {
    if (Boolean.getBoolean("tankos.regenerate")) {
      System.out.println("regenerated " + QuadletSources.write(MODULE).size() + " Quadlet sources");
    }
    Map<String, String> expected = QuadletSources.generate(KeyTable.read(MODULE.resolve(KeyTable.PATH)));
    Path dir = MODULE.resolve(QuadletSources.TARGET);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Path file = dir.resolve(e.getKey());
      String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      if (!actual.equals(e.getValue())) {
        problems.add(TextDiff.of(QuadletSources.TARGET.resolve(e.getKey()).toString(), actual, e.getValue()));
      }
    }
    for (Path p : GeneratedFiles.in(dir)) {
      if (!expected.containsKey(p.getFileName().toString())) {
        problems.add(QuadletSources.TARGET.resolve(p.getFileName()) + ": generated once, no longer generated");
      }
    }
    assertThat(problems)
        .as("generated sources differ from the key table and generator; regenerate with\n  "
            + QuadletSources.COMMAND + "\n")
        .isEmpty();
  }

  @Test
  void everyGeneratedSourceSaysSo() {
    Map<String, String> sources = QuadletSources.generate(KeyTable.read(MODULE.resolve(KeyTable.PATH)));
    assertThat(sources).hasSizeGreaterThan(9);
    assertThat(sources.values()).allSatisfy(s -> assertThat(s).startsWith(QuadletSources.MARK)
        .contains("do not edit").contains(QuadletSources.COMMAND));
  }
}
