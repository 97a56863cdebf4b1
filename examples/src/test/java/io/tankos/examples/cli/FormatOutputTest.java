package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.testkit.TreeSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fmt --out DIR} writes all files or none and keeps the modes of the files it replaces. */
class FormatOutputTest {
  @TempDir Path dir;

  private static FileSetWriter.Output out(String name, String text) {
    return new FileSetWriter.Output(name, text.getBytes(StandardCharsets.UTF_8), "o/" + name);
  }

  private String mode(String name) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name)));
  }

  @Test
  void existingFilesKeepTheirModeNewOnesGet0644() throws Exception {
    Files.writeString(dir.resolve("a.container"), "[Container]\nImage=quay.io/x/a:1\n");
    Files.writeString(dir.resolve("b.container"), "[Container]\nImage = quay.io/x/b:1\n");
    Files.createDirectories(dir.resolve("o"));
    Files.writeString(dir.resolve("o/a.container"), "old\n");
    Files.setPosixFilePermissions(dir.resolve("o/a.container"), PosixFilePermissions.fromString("rw-r-----"));
    CliRunner r = CliRunner.run(dir, "quadlet", "fmt", "--out", "o", "a.container", "b.container");
    assertThat(r.status).as(r.err).isZero();
    assertThat(mode("o/a.container")).isEqualTo("rw-r-----");
    assertThat(mode("o/b.container")).isEqualTo("rw-r--r--");
    assertThat(Files.readString(dir.resolve("o/b.container"))).isEqualTo("[Container]\nImage=quay.io/x/b:1\n");
    assertThat(Files.list(dir.resolve("o")).map(p -> p.getFileName().toString()).sorted().toList())
        .containsExactly("a.container", "b.container");
  }

  @Test
  void formattingInPlaceWithOutDot() throws Exception {
    Files.writeString(dir.resolve("a.container"), "[Container]\nImage = quay.io/x/a:1\n");
    Files.setPosixFilePermissions(dir.resolve("a.container"), PosixFilePermissions.fromString("rw-------"));
    CliRunner r = CliRunner.run(dir, "quadlet", "fmt", "--out", ".", "a.container");
    assertThat(r.status).as(r.err).isZero();
    assertThat(Files.readString(dir.resolve("a.container"))).isEqualTo("[Container]\nImage=quay.io/x/a:1\n");
    assertThat(mode("a.container")).isEqualTo("rw-------");
  }

  @Test
  void aRefusedLaterFileMeansNothingIsWritten() throws Exception {
    Files.createDirectories(dir.resolve("o/z.container")); // a directory where the last file goes
    Files.writeString(dir.resolve("o/a.container"), "old\n");
    SortedMap<String, String> before = TreeSnapshot.of(dir);
    FileSetWriter w = new FileSetWriter();
    assertThatThrownBy(() -> w.write(dir.resolve("o"), "o",
            List.of(out("a.container", "new\n"), out("b.container", "new\n"), out("z.container", "new\n"))))
        .isInstanceOf(FileException.class).hasMessage("o/z.container: is a directory");
    assertThat(TreeSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void aFailedMoveRestoresTheFilesAlreadyReplaced() throws Exception {
    Path o = Files.createDirectories(dir.resolve("o"));
    Files.writeString(o.resolve("a"), "old a\n");
    Files.setPosixFilePermissions(o.resolve("a"), PosixFilePermissions.fromString("rwx------"));
    Files.writeString(o.resolve("c"), "old c\n");
    SortedMap<String, String> before = TreeSnapshot.of(dir);
    for (int failAt = 1; failAt <= 3; failAt++) {
      AtomicInteger moves = new AtomicInteger();
      int fail = failAt;
      FileSetWriter w = new FileSetWriter((staged, target) -> {
        if (moves.incrementAndGet() == fail) {
          throw new java.nio.file.FileSystemException(target.toString(), null, "No space left on device");
        }
        Files.move(staged, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      });
      assertThatThrownBy(() -> w.write(o, "o", List.of(out("a", "new a\n"), out("b", "new b\n"), out("c", "new c\n"))))
          .isInstanceOf(FileException.class)
          .hasMessageEndingWith(": no space left on device");
      assertThat(TreeSnapshot.of(dir)).as("failing move " + failAt).isEqualTo(before);
    }
  }
}
