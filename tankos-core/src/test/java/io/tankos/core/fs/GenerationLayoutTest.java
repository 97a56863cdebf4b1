package io.tankos.core.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target is a link into its generation store; the previous generation stays for readers until
 * the next write; whatever an interrupted write left is removed by the next one.
 */
class GenerationLayoutTest {
  private static final FileTree ONE = FileTree.builder().file("v", "1\n").build();
  private static final FileTree TWO = FileTree.builder().file("v", "2\n").build();
  private static final FileTree THREE = FileTree.builder().file("v", "3\n").build();

  @TempDir Path tmp;

  @Test
  void theTargetIsARelativeLinkToTheNewestGeneration() throws IOException {
    Path out = tmp.resolve("a/out");
    ONE.writeTo(out);
    assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".out.tankos/gen-1"));
    assertThat(list(tmp.resolve("a"))).containsExactly(".out.tankos", "out");
    assertThat(list(tmp.resolve("a/.out.tankos"))).containsExactly("gen-1", "lock", "tankos-store");
    assertThat(Files.readString(tmp.resolve("a/.out.tankos/tankos-store"))).contains("../out");
    TWO.writeTo(out);
    assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".out.tankos/gen-2"));
    assertThat(list(tmp.resolve("a/.out.tankos"))).containsExactly("gen-1", "gen-2", "lock", "tankos-store");
    THREE.writeTo(out);
    assertThat(list(tmp.resolve("a/.out.tankos"))).containsExactly("gen-2", "gen-3", "lock", "tankos-store");
    // moving the parent keeps the link working
    Files.move(tmp.resolve("a"), tmp.resolve("b"));
    assertThat(Files.readString(tmp.resolve("b/out/v"))).isEqualTo("3\n");
  }

  @Test
  void aReaderOfTheOldTreeKeepsItUntilTheSecondWrite() throws IOException {
    Path out = tmp.resolve("out");
    ONE.writeTo(out);
    Path opened = out.toRealPath(); // what a reader that has started holds
    TWO.writeTo(out);
    assertThat(Files.readString(opened.resolve("v"))).isEqualTo("1\n");
    assertThat(Files.readString(out.resolve("v"))).isEqualTo("2\n");
    THREE.writeTo(out);
    assertThat(opened).doesNotExist();
  }

  @Test
  void leftoversOfInterruptedWritesAreRemovedByTheNextWrite() throws IOException {
    Path out = tmp.resolve("out");
    ONE.writeTo(out);
    TWO.writeTo(out);
    Path store = tmp.resolve(".out.tankos");
    // what kills at different points leave: a half-staged generation, a link not yet renamed,
    // a directory moved aside, an old generation a crashed cleanup did not reach
    Files.createDirectories(store.resolve("gen-3/d"));
    Files.writeString(store.resolve("gen-3/d/half"), "x");
    Files.createSymbolicLink(store.resolve("link-3"), Path.of(".out.tankos/gen-3"));
    Files.createDirectories(store.resolve("replaced-1"));
    Files.createDirectories(store.resolve("gen-0"));
    THREE.writeTo(out);
    assertThat(list(store)).containsExactly("gen-2", "gen-3", "lock", "tankos-store");
    assertThat(Files.readString(out.resolve("v"))).isEqualTo("3\n");
  }

  @Test
  void oldGenerationsWithClosedModesAreDeleted() throws IOException {
    Path out = tmp.resolve("out");
    FileTree closed = FileTree.builder()
        .file("ro/secret", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0)
        .directory("ro", 0500)
        .directory("none", 0)
        .build();
    closed.writeTo(out);
    ONE.writeTo(out);
    TWO.writeTo(out);
    assertThat(list(tmp.resolve(".out.tankos"))).containsExactly("gen-2", "gen-3", "lock", "tankos-store");
  }

  @Test
  void aRemovedLinkOrGenerationIsWrittenAgain() throws IOException {
    Path out = tmp.resolve("out");
    ONE.writeTo(out);
    Files.delete(out); // the user removed the link, the store stays
    TWO.writeTo(out);
    assertThat(Files.readString(out.resolve("v"))).isEqualTo("2\n");
    // nothing links to the old generations any more: they go, and numbering starts again
    assertThat(list(tmp.resolve(".out.tankos"))).containsExactly("gen-1", "lock", "tankos-store");
    Durability.deleteRecursively(tmp.resolve(".out.tankos/gen-1")); // a dangling link of ours
    THREE.writeTo(out);
    assertThat(Files.readString(out.resolve("v"))).isEqualTo("3\n");
  }

  @Test
  void aForcedReplacementDeletesTheOldContentButNothingALinkInsidePointsTo() throws IOException {
    Path outside = Files.writeString(tmp.resolve("outside.txt"), "keep\n");
    Path foreign = Files.createDirectories(tmp.resolve("foreign/ro"));
    Files.createSymbolicLink(foreign.resolve("to-outside"), outside);
    Files.createSymbolicLink(tmp.resolve("foreign/to-parent"), tmp);
    Durability.chmod(foreign, 0500);
    SortedMap<String, String> outsideBefore = TreeSnapshot.of(tmp.resolve("outside.txt").getParent());
    ONE.writeTo(tmp.resolve("foreign"), WriteOptions.builder().replaceForeignDirectory(true).build());
    assertThat(Files.readString(outside)).isEqualTo("keep\n");
    assertThat(list(tmp.resolve(".foreign.tankos"))).containsExactly("gen-1", "lock", "tankos-store");
    assertThat(TreeSnapshot.of(tmp)).containsAllEntriesOf(
        outsideBefore.entrySet().stream().filter(e -> e.getKey().equals("outside.txt"))
            .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())));
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
