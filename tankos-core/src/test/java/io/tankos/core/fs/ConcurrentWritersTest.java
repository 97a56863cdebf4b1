package io.tankos.core.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.ChildJvm;
import io.tankos.testkit.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers to one target, threads of one JVM or two JVMs, take turns: none fails, the target ends as
 * one whole tree, the store holds no leftovers, and a reader never finds the target missing.
 */
class ConcurrentWritersTest {
  private static final int FILES = 20;

  @TempDir Path tmp;

  @Test
  void threadsTakeTurns() throws Exception {
    Map<String, FileTree> trees = new LinkedHashMap<>();
    for (String n : List.of("A", "B", "C", "D")) {
      trees.put(n, SampleTrees.tree(n, FILES));
    }
    Map<String, java.util.SortedMap<String, String>> expected = SampleTrees.expected(tmp, trees);
    Path target = tmp.resolve("out");
    trees.get("A").writeTo(target);
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      Future<Integer> reader = pool.submit(() -> readUntil(writing, target));
      List<Future<?>> writers = new ArrayList<>();
      for (FileTree tree : trees.values()) {
        writers.add(pool.submit(() -> {
          for (int i = 0; i < 8; i++) {
            tree.writeTo(target);
          }
        }));
      }
      for (Future<?> w : writers) {
        w.get();
      }
      writing.set(false);
      assertThat(reader.get()).isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).containsValue(TreeSnapshot.of(target));
    assertClean(tmp, target);
  }

  @Test
  void twoProcessesTakeTurns() throws Exception {
    Map<String, java.util.SortedMap<String, String>> expected = SampleTrees.expected(tmp,
        Map.of("A", SampleTrees.tree("A", FILES), "B", SampleTrees.tree("B", FILES)));
    Path target = tmp.resolve("out");
    SampleTrees.tree("A", FILES).writeTo(target);
    List<Process> children = List.of(
        ChildJvm.start(WriteLoop.class, target.toString(), "count", String.valueOf(FILES), "15", "A"),
        ChildJvm.start(WriteLoop.class, target.toString(), "count", String.valueOf(FILES), "15", "B"));
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> reader = pool.submit(() -> readUntil(writing, target));
      for (Process p : children) {
        assertThat(p.waitFor()).isZero();
      }
      writing.set(false);
      assertThat(reader.get()).isPositive();
    } finally {
      pool.shutdownNow();
      children.forEach(Process::destroyForcibly);
    }
    assertThat(expected).containsValue(TreeSnapshot.of(target));
    assertClean(tmp, target);
  }

  /** Reads a file of the target until writing stops; every read finds one of the trees. */
  private static int readUntil(AtomicBoolean writing, Path target) throws IOException {
    int reads = 0;
    do {
      String which = Files.readString(target.resolve("shared/which"));
      assertThat(which).isIn("A\n", "B\n", "C\n", "D\n");
      reads++;
    } while (writing.get());
    return reads;
  }

  private static void assertClean(Path parent, Path target) throws IOException {
    String name = target.getFileName().toString();
    assertThat(list(parent)).contains(name, "." + name + ".tankos");
    List<String> store = list(parent.resolve("." + name + ".tankos"));
    assertThat(store).hasSize(4).containsAll(Set.of("lock", "tankos-store"));
    assertThat(store).filteredOn(n -> n.startsWith("gen-")).hasSize(2);
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
