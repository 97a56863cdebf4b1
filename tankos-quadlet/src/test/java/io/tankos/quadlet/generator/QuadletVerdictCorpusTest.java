package io.tankos.quadlet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.quadlet.QuadletVerdict;
import io.tankos.quadlet.UnitType;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link QuadletVerdict} against the real generators: every unit file of both Podman e2e corpora
 * alone, and every manifest case with its drop-ins and dependencies, through quadlet 5.4.2 and 5.8.6
 * (system mode); the status of each unit (accepted, refused, ignored) must be the generator's, and
 * for a refused unit the generator's reason must be in one of tankos's errors for it. Files that name
 * no other unit and generate distinct services share one generator run; the others run alone.
 * The disagreement report is printed; zero is asserted.
 */
class QuadletVerdictCorpusTest {
  /** Unit files per corpus (recursive) and manifest entries. */
  static final Map<String, int[]> COUNTS =
      Map.of("podman-e2e-v5.4.2", new int[] {255, 247}, "podman-e2e-head", new int[] {312, 300});

  private static final Pattern REFERENCE =
      Pattern.compile("\\.(container|volume|network|pod|kube|image|build|artifact)\\b");

  @Test
  void v542CorpusWithQuadlet54() {
    run("podman-e2e-v5.4.2", QuadletBinary.v54());
  }

  @Test
  void v542CorpusWithQuadletSid() {
    run("podman-e2e-v5.4.2", QuadletBinary.sid());
  }

  @Test
  void headCorpusWithQuadlet54() {
    run("podman-e2e-head", QuadletBinary.v54());
  }

  @Test
  void headCorpusWithQuadletSid() {
    run("podman-e2e-head", QuadletBinary.sid());
  }

  private static void run(String corpusName, QuadletBinary binary) {
    Path corpus = Conformance.require("quadlet/" + corpusName);
    PodmanVersion version = PodmanVersion.parse(binary.version());
    QuadletGenerator generator = new QuadletGenerator(binary);
    List<String> units = unitFiles(corpus);
    List<CorpusCase> cases = CorpusCase.load(corpus);
    List<String> report = new ArrayList<>();
    // each file alone, batched where the files cannot see each other
    List<List<String>> batches = new ArrayList<>(batches(corpus, units));
    int runs = 0;
    int refused = 0;
    while (!batches.isEmpty()) {
      List<String> batch = batches.remove(0);
      GeneratorResult result = generator.dryRun(layOut(corpus, batch), GeneratorMode.SYSTEM);
      runs++;
      if (result.panicked() && batch.size() > 1) { // a crash stops the run: halve the batch
        batches.add(batch.subList(0, batch.size() / 2));
        batches.add(batch.subList(batch.size() / 2, batch.size()));
        continue;
      }
      RealVerdict real = RealVerdict.of(result, batch);
      refused += (int) real.units().values().stream()
          .filter(st -> st == QuadletVerdict.Status.REFUSED).count();
      for (String f : batch) {
        QuadletVerdict mine = QuadletVerdict.check(read(corpus, List.of(f)), version);
        compare("alone " + f, f, real, mine, report);
      }
    }
    int withDeps = 0;
    for (CorpusCase c : cases) {
      if (c.files().size() == 1) {
        continue; // the file alone, compared above
      }
      withDeps++;
      List<String> files = c.files();
      List<String> unitsOfCase = files.stream().filter(QuadletVerdictCorpusTest::isUnit).toList();
      RealVerdict real =
          RealVerdict.of(generator.dryRun(layOut(corpus, files), GeneratorMode.SYSTEM), unitsOfCase);
      QuadletVerdict mine = QuadletVerdict.check(read(corpus, files), version);
      for (String f : unitsOfCase) {
        compare("case " + c.file(), f, real, mine, report);
      }
    }
    String label = "quadlet verdict, corpus " + corpusName.replace("podman-e2e-", "") + " vs " + binary;
    System.out.printf("%s: %d files alone in %d generator runs, %d cases with drop-ins or dependencies;"
        + " %d files refused alone; %d disagreements%n",
        label, units.size(), runs, withDeps, refused, report.size());
    report.forEach(l -> System.out.println("  " + l));
    assertThat(units).as(label + ": unit files").hasSize(COUNTS.get(corpusName)[0]);
    assertThat(cases).as(label + ": manifest entries").hasSize(COUNTS.get(corpusName)[1]);
    assertThat(refused).as(label + ": files the generator refuses alone").isGreaterThan(20);
    assertThat(report).as(label + ": disagreements").isEmpty();
  }

  private static void compare(
      String what, String f, RealVerdict real, QuadletVerdict mine, List<String> report) {
    QuadletVerdict.Status r = real.units().get(f);
    QuadletVerdict.Status m = mine.units().get(f);
    List<String> myErrors =
        mine.errors().stream().filter(e -> e.file().equals(f) || e.file().startsWith(f + ".d/"))
            .map(QuadletVerdict.Finding::toString).toList();
    if (r != m) {
      report.add(what + ": " + f + " quadlet " + r + " " + real.reasons().getOrDefault(f, List.of())
          + ", tankos " + m + " " + myErrors);
      return;
    }
    if (r == QuadletVerdict.Status.REFUSED) {
      for (String why : real.reasons().getOrDefault(f, List.of())) {
        String core = why.replaceAll(" in \\$\\{UNIT_DIR\\}/\\S+$", "");
        if (myErrors.stream().noneMatch(e -> e.contains(core))) {
          report.add(what + ": " + f + " reason: quadlet '" + core + "', tankos " + myErrors);
        }
      }
    }
  }

  private static boolean isUnit(String rel) {
    return UnitType.ofFileName(rel.substring(rel.lastIndexOf('/') + 1)).isPresent();
  }

  private static List<String> unitFiles(Path corpus) {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile).map(p -> corpus.relativize(p).toString())
          .filter(QuadletVerdictCorpusTest::isUnit).filter(r -> !r.contains(".d/")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One batch of the files that name no other unit file and no service (each has its own base
   * name); every other file alone.
   */
  private static List<List<String>> batches(Path corpus, List<String> units) {
    List<String> shared = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<List<String>> out = new ArrayList<>();
    for (String f : units) {
      String text = new String(read(corpus, List.of(f)).get(f), StandardCharsets.UTF_8);
      boolean independent = text.lines().filter(l -> !l.startsWith("#") && !l.startsWith(";"))
          .noneMatch(l -> REFERENCE.matcher(l).find() || l.startsWith("ServiceName"));
      String base = f.substring(f.lastIndexOf('/') + 1);
      String name = base.substring(0, base.lastIndexOf('.'));
      if (independent && names.add(name)) {
        shared.add(f);
      } else {
        out.add(List.of(f));
      }
    }
    out.add(0, shared);
    return out;
  }

  private static Map<String, byte[]> read(Path corpus, List<String> files) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try {
      for (String f : files) {
        out.put(f, Files.readAllBytes(corpus.resolve(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static io.tankos.core.fs.FileTree layOut(Path corpus, List<String> files) {
    io.tankos.core.fs.FileTree.Builder b = io.tankos.core.fs.FileTree.builder();
    read(corpus, files).forEach((f, bytes) -> b.file(f, bytes));
    return b.build();
  }
}
