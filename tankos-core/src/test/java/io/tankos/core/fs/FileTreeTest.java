package io.tankos.core.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeTest {
  @TempDir Path tmp;

  private static FileTree sample() {
    return FileTree.builder()
        .file("etc/hostname", "tank-01\n")
        .file("usr/local/bin/hello", "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8), 0755)
        .symlink("etc/localtime", "../usr/share/zoneinfo/UTC")
        .directory("var/home/openclaw/.openclaw", 0700)
        .build();
  }

  @Test
  void textBeingBuiltHasTheBytesOfItsString() {
    for (String text : List.of("", "tank-01\n", "caf\u00e9 \u2028 \ud83d\ude00\n", "lone \ud83d surrogate", "\ude00")) {
      FileTree built = FileTree.builder().file("a/f", new StringBuilder(text)).build();
      FileTree expected = FileTree.builder().file("a/f", text).build();
      assertThat(built).as(text).isEqualTo(expected);
      assertThat(built.get("a/f").orElseThrow()).isEqualTo(expected.get("a/f").orElseThrow());
    }
  }

  @Test
  void writesFilesModesSymlinksAndDirectories() throws IOException {
    Path out = tmp.resolve("ctx");
    sample().writeTo(out);
    assertThat(Files.readString(out.resolve("etc/hostname"))).isEqualTo("tank-01\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("usr/local/bin/hello"))))
        .isEqualTo("rwxr-xr-x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("etc/hostname"))))
        .isEqualTo("rw-r--r--");
    assertThat(Files.readSymbolicLink(out.resolve("etc/localtime")).toString())
        .isEqualTo("../usr/share/zoneinfo/UTC");
    assertThat(PosixFilePermissions.toString(
            Files.getPosixFilePermissions(out.resolve("var/home/openclaw/.openclaw"), LinkOption.NOFOLLOW_LINKS)))
        .isEqualTo("rwx------");
    assertThat(Files.getLastModifiedTime(out.resolve("etc/hostname")).toMillis()).isZero();
  }

  @Test
  void replacesThePreviousTreeWhole() throws IOException {
    Path out = tmp.resolve("ctx");
    FileTree.builder().file("stale.txt", "old").build().writeTo(out);
    sample().writeTo(out);
    assertThat(out.resolve("stale.txt")).doesNotExist();
    assertThat(Files.readString(out.resolve("etc/hostname"))).isEqualTo("tank-01\n");
    assertThat(siblings()).containsExactly(".ctx.tankos", "ctx");
  }

  @Test
  void aFailureLeavesThePreviousTreeUntouchedAndNoStagedGeneration() throws IOException {
    Path out = tmp.resolve("ctx");
    FileTree.builder().file("keep.txt", "previous").build().writeTo(out);
    List<String> store = list(tmp.resolve(".ctx.tankos"));
    FileTree bad = FileTree.builder().file("ok.txt", "x").file("n".repeat(300), "too long a name").build();
    assertThatThrownBy(() -> bad.writeTo(out))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot write " + out + ": ");
    assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("previous");
    assertThat(out.resolve("ok.txt")).doesNotExist();
    assertThat(siblings()).containsExactly(".ctx.tankos", "ctx");
    assertThat(list(tmp.resolve(".ctx.tankos"))).isEqualTo(store);
  }

  @Test
  void refusesATargetThatIsAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("plain"), "x");
    assertThatThrownBy(() -> sample().writeTo(file))
        .isInstanceOfSatisfying(TargetRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(TargetRefusedException.Reason.NOT_A_DIRECTORY));
    assertThat(Files.readString(file)).isEqualTo("x");
    assertThat(siblings()).containsExactly("plain");
  }

  @Test
  void badPathsModesAndConflictsAreReportedTogether() {
    assertThatThrownBy(
            () ->
                FileTree.builder()
                    .file("/abs", "x")
                    .file(" ", "blank names are fine")
                    .file("", "x")
                    .file("a/../b", "x")
                    .file("m", new byte[0], 010000)
                    .file("dup", "1")
                    .file("dup", "2")
                    .file("f", "x")
                    .file("f/child", "y")
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.location().path())
                    .contains("/abs", "(blank path '')", "a/../b", "m", "dup", "f/child")
                    .doesNotContain("(blank path ' ')"));
  }

  @Test
  void sameTreeSameTarBytesAndTarListsEverything() throws Exception {
    byte[] a = sample().toTar();
    byte[] b = sample().toBuilder().build().toTar();
    assertThat(a).isEqualTo(b);
    Path tar = Files.write(tmp.resolve("t.tar"), a);
    Process p = new ProcessBuilder("tar", "-tvf", tar.toString()).redirectErrorStream(true).start();
    String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(listing).isZero();
    assertThat(listing)
        .contains("drwxr-xr-x 0/0", "etc/hostname", "-rwxr-xr-x 0/0", "usr/local/bin/hello")
        .contains("etc/localtime -> ../usr/share/zoneinfo/UTC", "drwx------ 0/0", "1970-01-01");
  }

  @Test
  void tarKeepsLongAndNonAsciiNamesThroughPaxHeaders() throws Exception {
    String longName = "d/" + "x".repeat(150) + "/f\u00e9.txt";
    FileTree t = FileTree.builder().file(longName, "content").build();
    Path dir = Files.createDirectories(tmp.resolve("x"));
    Path tar = Files.write(tmp.resolve("l.tar"), t.toTar());
    Process p = new ProcessBuilder("tar", "-xf", tar.toString(), "-C", dir.toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor()).isZero();
    assertThat(Files.readString(dir.resolve(longName))).isEqualTo("content");
  }

  @Test
  void underMovesEntries() {
    FileTree moved = sample().under("rootfs");
    assertThat(moved.paths()).allMatch(s -> s.startsWith("rootfs/"));
    assertThat(moved.text("rootfs/etc/hostname")).contains("tank-01\n");
  }

  private List<String> siblings() throws IOException {
    return list(tmp);
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
