package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.validation.ParseException;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every example of the cloud-init conformance corpus (bookworm 22.4.2, trixie 25.1.4, upstream
 * examples, module docs): parse, render, then the real validators of both versions must give the
 * rendered file the verdict they give the original, and PyYAML must load original and rendered to
 * the same data. Files that are not user-data must be refused (both validators reject them too).
 */
class ConformanceRealToolsTest {

  /** Rows of {@code expected-results.tsv}, as the corpus's {@code SOURCE.md} counts them. */
  private static final int CORPUS_FILES = 272;

  private record Row(String set, String file, String kind, int rc22, int rc25) {}

  @Test
  void everyCorpusFileRoundTripsWithTheSameVerdictAndData() throws IOException {
    Path root = Conformance.require("cloud-init");
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(root.resolve("expected-results.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      rows.add(new Row(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[5])));
    }
    assertThat(rows).as("rows of expected-results.tsv").hasSize(CORPUS_FILES);
    Path out = RealCloudInit.tempDir("tankos-ci-conformance");
    Map<Row, Path> rendered = new LinkedHashMap<>();
    List<String> refused = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Row r : rows) {
      byte[] original = Files.readAllBytes(root.resolve(r.file()));
      String text = new String(original, StandardCharsets.UTF_8);
      try {
        byte[] again = switch (r.kind()) {
          case "network-config" -> NetworkConfig.parse(r.file(), text).render()
              .getBytes(StandardCharsets.UTF_8);
          case "meta-data" -> MetaData.parse(r.file(), text).render().getBytes(StandardCharsets.UTF_8);
          default -> UserData.parse(r.file(), original).bytes();
        };
        if (r.kind().equals("no-header")) {
          failures.add(r.file() + ": not user-data, but it was accepted");
        }
        rendered.put(r, RealCloudInit.write(out.resolve(r.file()), again));
      } catch (ParseException e) {
        refused.add(r.file());
        if (!r.kind().equals("no-header")) {
          failures.add(r.file() + ": refused: " + e.getMessage());
        } else {
          assertThat(e.getMessage()).doesNotContain("\n");
        }
      }
    }

    // PyYAML: original and rendered load to the same data (YAML kinds); other kinds are kept verbatim
    Map<Path, Path> loads = new LinkedHashMap<>();
    rendered.forEach((r, p) -> {
      if (isYaml(r.kind())) {
        loads.put(root.resolve(r.file()), null);
        loads.put(p, null);
      }
    });
    Map<String, RealCloudInit.Loaded> loaded = RealCloudInit.pyyaml(loads);
    int yamlSame = 0;
    int verbatim = 0;
    for (Map.Entry<Row, Path> e : rendered.entrySet()) {
      Row r = e.getKey();
      if (isYaml(r.kind())) {
        RealCloudInit.Loaded a = loaded.get(root.resolve(r.file()).toString());
        RealCloudInit.Loaded b = loaded.get(e.getValue().toString());
        if (!a.ok() || !b.ok() || !a.data().equals(b.data())) {
          failures.add(r.file() + ": PyYAML data differs: " + a.data() + " vs " + b.data()
              + " " + a.error() + " " + b.error());
        } else {
          yamlSame++;
        }
      } else if (Files.mismatch(root.resolve(r.file()), e.getValue()) == -1) {
        verbatim++;
      } else {
        failures.add(r.file() + ": a verbatim part changed");
      }
    }

    // the real validators: rendered verdict == original verdict, for both versions
    StringBuilder report = new StringBuilder();
    List<java.util.function.Supplier<Map<String, RealCloudInit.Verdict>>> runs = new ArrayList<>();
    for (String key : RealCloudInit.versions()) {
      boolean net = !key.equals("22.4");
      List<Path> plain = new ArrayList<>();
      List<Path> network = new ArrayList<>();
      for (Row r : rows) {
        List<Path> into = net && r.kind().equals("network-config") ? network : plain;
        into.add(root.resolve(r.file()));
        if (rendered.containsKey(r)) {
          into.add(rendered.get(r));
        }
      }
      runs.add(() -> {
        Map<String, RealCloudInit.Verdict> v =
            new LinkedHashMap<>(RealCloudInit.validate(key, plain, false));
        v.putAll(RealCloudInit.validate(key, network, true));
        return v;
      });
    }
    List<Map<String, RealCloudInit.Verdict>> verdicts = RealCloudInit.parallel(runs);
    for (int k = 0; k < verdicts.size(); k++) {
      String key = RealCloudInit.versions().get(k);
      String full = RealCloudInit.fullVersion(key);
      Map<String, RealCloudInit.Verdict> v = verdicts.get(k);
      int same = 0;
      int valid = 0;
      int tsvAgrees = 0;
      int[] checker = new int[3]; // agrees, stricter, misses
      CloudInitVersion version = CloudInitVersion.parse(key);
      int column = key.equals("22.4") ? 3 : 5;
      assertThat(lines.get(0).split("\t")[column])
          .as("expected-results.tsv records the installed cloud-init " + full)
          .isEqualTo("rc_" + full);
      for (Row r : rows) {
        boolean originalValid = v.get(root.resolve(r.file()).toString()).valid();
        int expectedRc = key.equals("22.4") ? r.rc22() : r.rc25();
        if (originalValid == (expectedRc == 0)) {
          tsvAgrees++;
        } else {
          failures.add(r.file() + ": cloud-init " + full + " gives the original " + originalValid
              + ", expected-results.tsv records rc " + expectedRc);
        }
        if (!rendered.containsKey(r)) {
          if (!originalValid) {
            same++;
          } else {
            failures.add(r.file() + ": refused, but cloud-init " + full + " accepts it");
          }
          continue;
        }
        if (r.kind().equals("cloud-config")) {
          boolean clean = UserData.parse(r.file(), Files.readAllBytes(root.resolve(r.file())))
              .problems(Target.generic(version)).isEmpty();
          checker[clean == originalValid ? 0 : clean ? 2 : 1]++;
        }
        RealCloudInit.Verdict after = v.get(rendered.get(r).toString());
        if (after.valid() != (expectedRc == 0)) {
          failures.add(r.file() + ": cloud-init " + full + " gives the rendered file " + after.valid()
              + ", expected-results.tsv records rc " + expectedRc + " for the original");
        }
        if (after.valid() == originalValid) {
          same++;
          if (after.valid()) {
            valid++;
          }
        } else {
          failures.add(r.file() + ": cloud-init " + full + " verdict changed from "
              + originalValid + " to " + after.valid() + ": " + after.message() + " " + after.errors());
        }
      }
      report.append(String.format("cloud-init %s conformance: %d files, rendered verdict equals original"
          + " verdict for %d (%d valid, %d invalid, %d refused as not user-data); original verdicts match"
          + " expected-results.tsv for %d%n", full, rows.size(), same, valid,
          same - valid - refused.size(), refused.size(), tsvAgrees));
      report.append(String.format("  tankos check (generic) on the %d cloud-config files: agrees with"
          + " cloud-init %s on %d, stricter on %d, misses %d%n", checker[0] + checker[1] + checker[2],
          full, checker[0], checker[1], checker[2]));
    }
    report.append(String.format("PyYAML: %d YAML files load to the same data before and after;"
        + " %d non-YAML parts kept byte for byte%n", yamlSame, verbatim));
    System.out.print(report);
    assertThat(failures).isEmpty();
    assertThat(verdicts).as("validator runs (22.4 and 25.1)").hasSize(2);
  }

  private static boolean isYaml(String kind) {
    return kind.equals("cloud-config") || kind.equals("network-config") || kind.equals("meta-data");
  }
}
