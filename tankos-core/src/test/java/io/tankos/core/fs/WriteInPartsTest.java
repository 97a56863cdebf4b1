package io.tankos.core.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tree written part after part is the tree written whole, and a failed producer changes nothing. */
class WriteInPartsTest {
  @TempDir Path tmp;

  private static FileTree part(int i) {
    return FileTree.builder()
        .file("hosts/h" + i + "/meta-data", "instance-id: h" + i + "\n")
        .file("hosts/h" + i + "/key", ("k" + i + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), 0400)
        .build();
  }

  /** Every path below the root with its mode and content (directories: mode only), sorted. */
  private static List<String> listing(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root.toRealPath())) {
      for (Path p : all.sorted().toList()) {
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        String rel = root.toRealPath().relativize(p).toString();
        String time = Long.toString(Files.getLastModifiedTime(p).toMillis());
        out.add(rel + " " + mode + " " + time + (Files.isRegularFile(p) ? " " + readable(p) : ""));
      }
    }
    return out;
  }

  private static String readable(Path p) throws IOException {
    if (!Files.isReadable(p)) {
      return "(unreadable)";
    }
    return Files.readString(p);
  }

  @Test
  void partsGiveTheSameDirectoryAsTheWholeTree() throws IOException {
    FileTree.Builder whole = FileTree.builder();
    for (int i = 0; i < 50; i++) {
      whole.add(part(i));
    }
    whole.file("applicationset.yaml", "kind: ApplicationSet\n");
    whole.build().writeTo(tmp.resolve("whole"));
    FileTree.writeInParts(tmp.resolve("parts"), WriteOptions.defaults(), sink -> {
      for (int i = 0; i < 50; i++) {
        sink.add(part(i));
      }
      sink.add(FileTree.builder().file("applicationset.yaml", "kind: ApplicationSet\n").build());
    });
    assertThat(listing(tmp.resolve("parts"))).hasSize(50 * 3 + 3).isEqualTo(listing(tmp.resolve("whole")));
    assertThat(Files.readSymbolicLink(tmp.resolve("parts"))).isEqualTo(Path.of(".parts.tankos/gen-1"));
  }

  /**
   * Runs a failing producer over a target holding one tree; returns the failure after checking
   * that the target and its store are as before.
   */
  private Throwable failOverExistingTree(java.util.function.Consumer<TreeSink> producer) throws IOException {
    Path out = tmp.resolve("out");
    part(1).writeTo(out);
    List<String> before = listing(out);
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> FileTree.writeInParts(out, WriteOptions.defaults(), producer));
    assertThat(listing(out)).isEqualTo(before);
    try (Stream<Path> store = Files.list(tmp.resolve(".out.tankos"))) {
      assertThat(store.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("gen-1", "lock", "tankos-store");
    }
    return thrown;
  }

  @Test
  void aPathAddedTwiceIsRefusedAndTheTargetKeepsItsTree() throws IOException {
    assertThat(failOverExistingTree(sink -> {
      sink.add(part(7));
      sink.add(part(7));
    })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hosts/h7/").hasMessageContaining("twice");
  }

  @Test
  void aPartWritingBelowAnEarlierPartsLinkIsRefusedAndNothingOutsideIsTouched() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> FileTree.writeInParts(out, WriteOptions.defaults(), sink -> {
      sink.add(FileTree.builder().symlink("home", outside.toString()).build());
      sink.add(FileTree.builder().file("home/.bashrc", "rm -rf ~\n").build());
    })).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("home: a file or link of an earlier part, not a directory");
    assertThat(outside).isEmptyDirectory();
    assertThat(out).doesNotExist();
  }

  @Test
  void aDirectoryModeThatDiffersFromAnEarlierPartsIsRefused() {
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> FileTree.writeInParts(out, WriteOptions.defaults(), sink -> {
      sink.add(FileTree.builder().directory("d", 0700).build());
      sink.add(FileTree.builder().directory("d", 0755).build());
    })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("directory d: mode 755");
    assertThat(out).doesNotExist();
  }

  @Test
  void aProducerThatThrowsLeavesTheTargetAsItWas() throws IOException {
    assertThat(failOverExistingTree(sink -> {
      sink.add(part(2));
      throw new IllegalStateException("no host left");
    })).isInstanceOf(IllegalStateException.class).hasMessage("no host left");
  }

  @Test
  void aRefusedTargetIsRefusedBeforeTheProducerRuns() throws IOException {
    Path foreign = Files.createDirectories(tmp.resolve("foreign"));
    Files.writeString(foreign.resolve("keep"), "mine\n");
    boolean[] ran = {false};
    assertThatThrownBy(() -> FileTree.writeInParts(foreign, WriteOptions.defaults(), sink -> ran[0] = true))
        .isInstanceOf(TargetRefusedException.class);
    assertThat(ran[0]).isFalse();
    assertThat(Files.readString(foreign.resolve("keep"))).isEqualTo("mine\n");
  }
}
