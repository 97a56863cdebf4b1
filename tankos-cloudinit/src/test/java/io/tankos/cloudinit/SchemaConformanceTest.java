package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The offline validator against the verdicts cloud-init 22.4.2 and 25.1.4 recorded for every file
 * of the conformance corpus ({@code expected-results.tsv}): the same valid/invalid verdict, and
 * every failing key path tankos reports appears among the paths cloud-init reported. Prints the
 * disagreement report; none are allowed.
 */
class SchemaConformanceTest {

  @Test
  void everyCorpusFileGetsTheRecordedVerdictOfBothVersions() throws IOException {
    Path root = Conformance.require("cloud-init");
    List<String> lines = Files.readAllLines(root.resolve("expected-results.tsv"));
    List<String> disagreements = new ArrayList<>();
    int agree22 = 0;
    int agree25 = 0;
    int rows = 0;
    int[] pathsCompared = new int[1];
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      rows++;
      byte[] bytes = Files.readAllBytes(root.resolve(f[1]));
      SchemaVerdict v22 = CloudInitSchema.check(f[1], bytes, CloudInitVersion.V22_4);
      SchemaVerdict v25 = f[2].equals("network-config")
          ? CloudInitSchema.checkNetworkConfig(f[1], bytes)
          : CloudInitSchema.check(f[1], bytes, CloudInitVersion.V25_1);
      agree22 += compare("22.4.2", f[1], v22, f[3], f[4], disagreements, pathsCompared) ? 1 : 0;
      agree25 += compare("25.1.4", f[1], v25, f[5], f[6], disagreements, pathsCompared) ? 1 : 0;
    }
    System.out.printf("cloud-init schema conformance: %d files; agrees with 22.4.2 on %d, with 25.1.4"
        + " on %d; first failing path compared on %d; %d disagreements%n", rows, agree22, agree25,
        pathsCompared[0], disagreements.size());
    disagreements.forEach(d -> System.out.println("  disagreement: " + d));
    assertThat(rows).isEqualTo(272);
    assertThat(disagreements).isEmpty();
  }

  private static boolean compare(String version, String file, SchemaVerdict v, String rc,
      String message, List<String> disagreements, int[] pathsCompared) {
    boolean expectedValid = rc.equals("0");
    if (v.valid() != expectedValid) {
      disagreements.add(file + " [" + version + "]: cloud-init " + (expectedValid ? "valid" : "invalid")
          + " (" + message + "), tankos " + v);
      return false;
    }
    // the recorded message is cloud-init's first output line: when it lists errors, the first one
    // (cloud-init sorts them by path) must be tankos's first
    String prefix = "Cloud config schema errors: ";
    if (!v.valid() && message.startsWith(prefix) && !v.errors().get(0).path().startsWith("format-")) {
      String first = v.errors().get(0).path();
      if (!message.startsWith(prefix + first + ": ")) {
        disagreements.add(file + " [" + version + "]: tankos's first failing path is " + first
            + ", cloud-init: " + message);
        return false;
      }
      pathsCompared[0]++;
    }
    return true;
  }
}
