package io.tankos.core.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.ChildJvm;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import io.tankos.testkit.TreeSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writes trees A and B alternately into one target and is killed with SIGKILL after a
 * seeded random delay: the target is then exactly A or exactly B, and one more write leaves nothing
 * but the target and its store (marker, lock, current and previous generation). Re-run a case with
 * {@code -Dtankos.seed=N -Dtankos.case=I}.
 */
class KilledWriterTest {
  private static final int FILES = 60;
  private static final Map<String, FileTree> TREES =
      Map.of("A", SampleTrees.tree("A", FILES), "B", SampleTrees.tree("B", FILES));
  private static final AtomicInteger KILLS = new AtomicInteger();
  private static final AtomicInteger FOUND_B = new AtomicInteger();
  private static final AtomicInteger INTERRUPTED = new AtomicInteger();

  @TempDir static Path tmp;
  private static Map<String, SortedMap<String, String>> expected;

  @BeforeAll
  static void expected() {
    expected = SampleTrees.expected(tmp, TREES);
  }

  /** Milliseconds between the child's first complete write and the kill. */
  private static final Gen<Integer> DELAY = r -> r.nextInt(1000);

  @TestFactory
  Stream<DynamicTest> aKilledWriterLeavesTheOldOrTheNewTreeAndTheNextWriteCleansUp() {
    AtomicInteger run = new AtomicInteger();
    return Seeded.cases("killedWriter", DELAY).tries(20).dynamicTests(delay -> {
      Path parent = Files.createDirectories(tmp.resolve("run-" + run.incrementAndGet()));
      Path target = parent.resolve("out");
      Process child = ChildJvm.start(WriteLoop.class, target.toString(), "loop", String.valueOf(FILES));
      try {
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        // a bound against a hanging child, not a timing assertion
        assertThat(CompletableFuture.supplyAsync(() -> readLine(lines)).get(120, TimeUnit.SECONDS))
            .isEqualTo("ready");
        Thread.sleep(delay);
      } finally {
        child.destroyForcibly(); // SIGKILL
        child.waitFor();
      }
      KILLS.incrementAndGet();
      SortedMap<String, String> seen = TreeSnapshot.of(target);
      assertThat(seen).as("the target is tree A or tree B").isIn(expected.get("A"), expected.get("B"));
      if (seen.equals(expected.get("B"))) {
        FOUND_B.incrementAndGet();
      }
      if (leftovers(parent.resolve(".out.tankos"), Files.readSymbolicLink(target).getFileName().toString())) {
        INTERRUPTED.incrementAndGet(); // the kill hit a write: a staged generation or link was left
      }
      TREES.get("A").writeTo(target);
      assertThat(TreeSnapshot.of(target)).isEqualTo(expected.get("A"));
      assertThat(list(parent)).containsExactly(".out.tankos", "out");
      List<String> store = list(parent.resolve(".out.tankos"));
      assertThat(store).hasSize(4).contains("lock", "tankos-store");
      assertThat(store.subList(0, 2)).allMatch(n -> n.matches("gen-[0-9]+"));
    });
  }

  @AfterAll
  static void report() {
    System.out.println("KilledWriterTest: base seed " + Seeded.baseSeed() + ", " + KILLS + " kills, " + FOUND_B
        + " found tree B, " + INTERRUPTED + " left an interrupted write behind");
  }

  private static String readLine(BufferedReader r) {
    try {
      return r.readLine();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Whether the store holds more than marker, lock, the current generation and one older one. */
  private static boolean leftovers(Path store, String current) throws IOException {
    long now = Long.parseLong(current.substring(4));
    List<String> names = list(store);
    long others = names.stream()
        .filter(n -> !n.equals("lock") && !n.equals("tankos-store") && !n.equals(current))
        .filter(n -> !n.startsWith("gen-") || Long.parseLong(n.substring(4)) > now)
        .count();
    long older = names.stream().filter(n -> n.startsWith("gen-") && Long.parseLong(n.substring(4)) < now).count();
    return others > 0 || older > 1;
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
