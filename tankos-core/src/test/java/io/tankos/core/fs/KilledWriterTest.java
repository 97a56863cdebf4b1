package io.tankos.core.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.ChildJvm;
import io.tankos.testkit.TreeSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writes trees A and B alternately into one target and is killed with SIGKILL after a
 * seeded random delay: the target is then exactly A or exactly B, and one more write leaves nothing
 * but the target and its store (marker, lock, current and previous generation). Seed: {@code
 * -Dtankos.seed=N}.
 */
class KilledWriterTest {
  private static final int ITERATIONS = 20;
  private static final int FILES = 60;
  private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(120);

  @TempDir Path tmp;

  @Test
  void aKilledWriterLeavesTheOldOrTheNewTreeAndTheNextWriteCleansUp() throws Exception {
    long seed = Long.getLong("tankos.seed", 8_2024L);
    Random random = new Random(seed);
    Map<String, FileTree> trees = Map.of("A", SampleTrees.tree("A", FILES), "B", SampleTrees.tree("B", FILES));
    Map<String, SortedMap<String, String>> expected = SampleTrees.expected(tmp, trees);
    long start = System.nanoTime();
    int interrupted = 0;
    int done = 0;
    int sawB = 0;
    for (int i = 0; i < ITERATIONS && System.nanoTime() - start < BUDGET_NANOS; i++, done++) {
      String at = "seed " + seed + ", iteration " + i;
      Path parent = Files.createDirectories(tmp.resolve("run-" + i));
      Path target = parent.resolve("out");
      Process child = ChildJvm.start(WriteLoop.class, target.toString(), "loop", String.valueOf(FILES));
      try {
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).as(at).isEqualTo("ready");
        Thread.sleep(random.nextInt(1000));
      } finally {
        child.destroyForcibly(); // SIGKILL
        child.waitFor();
      }
      SortedMap<String, String> seen = TreeSnapshot.of(target);
      assertThat(seen).as(at + ": the target is tree A or tree B").isIn(expected.get("A"), expected.get("B"));
      if (seen.equals(expected.get("B"))) {
        sawB++;
      }
      if (leftovers(parent.resolve(".out.tankos"), Files.readSymbolicLink(target).getFileName().toString())) {
        interrupted++; // the kill hit a write: a staged generation or link was left
      }
      trees.get("A").writeTo(target);
      assertThat(TreeSnapshot.of(target)).as(at).isEqualTo(expected.get("A"));
      assertThat(list(parent)).as(at).containsExactly(".out.tankos", "out");
      List<String> store = list(parent.resolve(".out.tankos"));
      assertThat(store).as(at).hasSize(4).contains("lock", "tankos-store");
      assertThat(store.subList(0, 2)).as(at).allMatch(n -> n.matches("gen-[0-9]+"));
    }
    System.out.println("KilledWriterTest: seed " + seed + ", " + done + " kills, " + sawB
        + " found tree B, " + interrupted + " left an interrupted write behind");
  }

  /** Whether the store holds more than marker, lock, the current generation and one older one. */
  private static boolean leftovers(Path store, String current) throws IOException {
    List<String> names = list(store);
    long others = names.stream()
        .filter(n -> !n.equals("lock") && !n.equals("tankos-store") && !n.equals(current))
        .filter(n -> !n.startsWith("gen-") || Long.parseLong(n.substring(4)) > Long.parseLong(current.substring(4)))
        .count();
    long older = names.stream()
        .filter(n -> n.startsWith("gen-") && Long.parseLong(n.substring(4)) < Long.parseLong(current.substring(4)))
        .count();
    return others > 0 || older > 1;
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
