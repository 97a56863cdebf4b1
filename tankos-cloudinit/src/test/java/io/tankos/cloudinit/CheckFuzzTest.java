package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Conformance;
import io.tankos.testkit.Seeded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link CloudInitSchema#check} on mutated corpus documents always gives a verdict. It never throws:
 * parse errors, limits and PyYAML's refusals are all verdicts. The mutations are the ones that found
 * crashes before: YAML indicators, standard tags on the wrong node kinds, out-of-range timestamps,
 * huge and base-60 numbers, cut escapes, and long repetitions of one piece of text.
 */
class CheckFuzzTest {
  private static final String[] PIECES = {
    ":", "- ", "? ", "&a ", "*a", "!!int ", "!!float ", "!!binary ", "!!timestamp ", "!!set ", "!!null ",
    "!!str ", "!!map ", "!!seq ", "!!omap ", "<<: ", "|", ">", "'", "\"", "\"\\x", "\"\\u12", "#", "%",
    "@", "`", "{", "}", "[", "]", ",", "\t", "\0", "\r", "\u2028", "\uFEFF", "é", "\n", "  ",
    "2001-13-45", "0000-01-01", "2001-02-29 25:00:00", "2001-12-14t21:59:43+20:00", "2001-1-1 9:99:99",
    "1:00:00:00:00:00:00", "0x", "0b", "0o17", "1e999", ".inf", ".NaN", "-0", "1_0:3_0", "{{ x }}",
    "{% if %}", "## template: jinja\n",
  };
  private static final String[] REPEATED = {"1:11", "a,", "{{", "1s ", "NOPASSWD: ", "[", "- ", "f", "7"};

  @Test
  void mutatedDocumentsAlwaysGetAVerdict() {
    List<String> seeds = seeds();
    Seeded.cases("checkFuzz", r -> mutate(seeds.get(r.nextInt(seeds.size())), r)).tries(3_000).check(doc -> {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      for (CloudInitVersion v : List.of(CloudInitVersion.V22_4, CloudInitVersion.V25_1)) {
        assertThat(CloudInitSchema.check("user-data", bytes, v)).isNotNull();
      }
    });
  }

  private static String mutate(String doc, SplittableRandom r) {
    StringBuilder s = new StringBuilder(doc);
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      int at = s.length() == 0 ? 0 : r.nextInt(s.length() + 1);
      switch (r.nextInt(5)) {
        case 0, 1 -> s.insert(at, PIECES[r.nextInt(PIECES.length)]);
        case 2 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(8)));
        case 3 -> s.insert(at, REPEATED[r.nextInt(REPEATED.length)].repeat(1_000 + r.nextInt(20_000)));
        default -> s.setLength(at); // cut short
      }
    }
    return s.toString();
  }

  /** The cloud-config documents of both corpora, or a few of its own where they are absent. */
  private static List<String> seeds() {
    Path root = Conformance.root();
    if (root == null) {
      return List.of("#cloud-config\nhostname: a\nusers:\n- name: b\n  sudo: ALL=(ALL) NOPASSWD:ALL\n",
          "#cloud-config\nntp:\n  pools: [a, b]\nphone_home:\n  url: http://x/y\n");
    }
    try (Stream<Path> files = Stream.of("bookworm-22.4.2", "trixie-25.1.4")
        .map(d -> root.resolve("cloud-init").resolve(d))
        .filter(Files::isDirectory)
        .flatMap(CheckFuzzTest::list)) {
      return files.filter(f -> f.getFileName().toString().startsWith("cloud-config"))
          .sorted()
          .map(CheckFuzzTest::read)
          .toList();
    }
  }

  private static Stream<Path> list(Path dir) {
    try {
      return Files.list(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
