package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated documents full of hostile strings, rendered, then checked in batches by
 * the real PyYAML (exactly the values put in, all 2,500) and the real cloud-init validators of both
 * versions (800 typed documents valid for both, 200 raw escape-hatch documents valid for 22.4,
 * which ignores unknown keys; the validators cost about 35 ms per document).
 */
class GeneratedRealToolsTest {
  /** Documents PyYAML checks; the first VALIDATED typed and VALIDATED / 4 raw ones also go to cloud-init. */
  private static final int TYPED = 2000;
  private static final int RAW = 500;
  private static final int VALIDATED = 800;

  @Test
  void generatedDocumentsLoadExactlyAndPassBothValidators() {
    Path dir = RealCloudInit.tempDir("tankos-ci-generated");
    List<Path> typed = write(dir, "typed", Generated.cloudConfig(), TYPED);
    List<Path> raw = write(dir, "raw", Generated.rawConfig(), RAW);

    Map<Path, Path> requests = new LinkedHashMap<>();
    for (Path p : concat(typed, raw)) {
      requests.put(p, p.resolveSibling(p.getFileName() + ".expected.json"));
    }
    List<Path> typedValidated = typed.subList(0, VALIDATED);
    List<Path> all = concat(typedValidated, raw.subList(0, VALIDATED / 4));
    List<java.util.function.Supplier<Object>> tasks = List.of(
        () -> RealCloudInit.pyyaml(requests),
        () -> RealCloudInit.validate("22.4", all, false),
        () -> RealCloudInit.validate("25.1", typedValidated, false));
    List<Object> results = RealCloudInit.parallel(tasks);
    @SuppressWarnings("unchecked")
    Map<String, RealCloudInit.Loaded> loaded = (Map<String, RealCloudInit.Loaded>) results.get(0);
    List<String> differ = loaded.values().stream()
        .filter(l -> !l.ok() || !Boolean.TRUE.equals(l.same()))
        .map(l -> l.file() + ": " + (l.ok() ? l.data() + " expected " + l.expected() : l.error()))
        .collect(Collectors.toList());
    System.out.printf("PyYAML: %d generated documents, %d load to exactly the values put in%n",
        loaded.size(), loaded.size() - differ.size());
    assertThat(loaded).hasSize(TYPED + RAW);
    assertThat(differ).isEmpty();

    for (int i = 0; i < 2; i++) {
      String version = RealCloudInit.versions().get(i);
      @SuppressWarnings("unchecked")
      Map<String, RealCloudInit.Verdict> v = (Map<String, RealCloudInit.Verdict>) results.get(i + 1);
      List<String> invalid = v.values().stream().filter(x -> !x.valid())
          .map(x -> x.file() + ": " + x.message() + " " + x.errors()).collect(Collectors.toList());
      System.out.printf("cloud-init %s: %d generated documents, %d valid%n",
          RealCloudInit.fullVersion(version), v.size(), v.size() - invalid.size());
      assertThat(invalid).isEmpty();
    }
  }

  private static List<Path> write(Path dir, String prefix, Gen<CloudConfig> gen, int count) {
    List<Path> out = new ArrayList<>();
    for (CloudConfig c : Seeded.cases("generated " + prefix + " documents", gen).tries(count).values()) {
      for (CloudInitVersion v : CloudInitVersion.values()) {
        if (prefix.equals("typed")) {
          assertThat(c.problems(Target.generic(v))).isEmpty();
        }
      }
      Path f = dir.resolve(prefix + "-" + out.size() + ".yaml");
      RealCloudInit.write(f, c.render().getBytes(StandardCharsets.UTF_8));
      RealCloudInit.write(f.resolveSibling(f.getFileName() + ".expected.json"),
          TaggedJson.of(c.values()).getBytes(StandardCharsets.UTF_8));
      out.add(f);
    }
    return out;
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
