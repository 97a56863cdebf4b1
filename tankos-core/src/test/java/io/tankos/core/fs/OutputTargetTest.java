package io.tankos.core.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.fs.TargetRefusedException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OutputTarget}: the rules of writeTo for a directory another program fills in place. */
class OutputTargetTest {
  private static final String MARKER = ".mine";

  @TempDir Path dir;

  private static WriteOptions protect(Path p, boolean force) {
    return WriteOptions.builder().protectedDirectory(p).replaceForeignDirectory(force).build();
  }

  private void refused(Path target, boolean force, Reason reason, String detail) {
    assertThatThrownBy(() -> OutputTarget.check(target, MARKER, protect(dir.resolve("cwd"), force)))
        .isInstanceOfSatisfying(TargetRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.detail()).startsWith(detail);
        });
  }

  @Test
  void missingEmptyAndMarkedDirectoriesAreAcceptedAndNothingChanges() throws Exception {
    Path cwd = Files.createDirectories(dir.resolve("cwd"));
    assertThat(OutputTarget.check(cwd.resolve("out"), MARKER, protect(cwd, false))).isEqualTo(cwd.resolve("out"));
    assertThat(cwd.resolve("out")).doesNotExist();
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(OutputTarget.check(empty, MARKER, protect(cwd, false))).isEqualTo(empty);
    Path marked = Files.createDirectories(dir.resolve("marked"));
    Files.writeString(marked.resolve(MARKER), "");
    Files.writeString(marked.resolve("disk.qcow2"), "x");
    assertThat(OutputTarget.check(marked, MARKER, protect(cwd, false))).isEqualTo(marked);
    Path link = Files.createSymbolicLink(dir.resolve("via"), dir);
    assertThat(OutputTarget.check(link.resolve("new"), MARKER, protect(cwd, false)))
        .as("links on the way are followed").isEqualTo(dir.resolve("new"));
  }

  @Test
  void dangerousTargetsAreRefusedEvenWithForce() throws Exception {
    Path cwd = Files.createDirectories(dir.resolve("cwd"));
    Files.writeString(dir.resolve("file"), "x");
    Files.createSymbolicLink(dir.resolve("link"), cwd);
    for (boolean force : new boolean[] {false, true}) {
      refused(Path.of(""), force, Reason.NOT_A_NAME, "the path is empty");
      refused(cwd.resolve("."), force, Reason.NOT_A_NAME, "the path ends in '.'");
      refused(cwd.resolve(".."), force, Reason.NOT_A_NAME, "the path ends in '..'");
      refused(Path.of("/"), force, Reason.NOT_A_NAME, "it is the root directory");
      refused(cwd, force, Reason.PROTECTED, "it is the protected directory");
      refused(dir, force, Reason.PROTECTED, "it is an ancestor of");
      refused(dir.resolve("file"), force, Reason.NOT_A_DIRECTORY, "not a directory");
      refused(dir.resolve("link"), force, Reason.SYMLINK, "a symbolic link");
    }
  }

  @Test
  void aForeignNonEmptyDirectoryNeedsForce() throws Exception {
    Path foreign = Files.createDirectories(dir.resolve("foreign"));
    Files.writeString(foreign.resolve("data"), "mine");
    refused(foreign, false, Reason.FOREIGN_DIRECTORY, "a non-empty directory that tankos did not write");
    assertThat(OutputTarget.check(foreign, MARKER, protect(dir.resolve("cwd"), true))).isEqualTo(foreign);
    assertThat(Files.readString(foreign.resolve("data"))).isEqualTo("mine");
  }

  @Test
  void aMarkerAnotherRunIsPuttingInPlaceIsNotContent() throws Exception {
    Path starting = Files.createDirectories(dir.resolve("starting"));
    Files.writeString(starting.resolve(OutputTarget.markerInFlight(MARKER, "41.7")), "");
    assertThat(OutputTarget.check(starting, MARKER, protect(dir.resolve("cwd"), false))).isEqualTo(starting);
    Files.writeString(starting.resolve(MARKER + ".tmp"), ""); // not the in-flight name
    refused(starting, false, Reason.FOREIGN_DIRECTORY, "a non-empty directory that tankos did not write");
  }

  @Test
  void aDirectoryMarkedWhileItIsCheckedIsNotForeign() throws Exception {
    // a run puts the marker in place, then writes beside it, while another run checks the directory:
    // whatever the listing sees after the marker's first look, the directory is marked by then
    java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      for (int round = 0; round < 300; round++) {
        Path d = Files.createDirectories(dir.resolve("round-" + round));
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Future<?> marking = other.submit(() -> {
          go.await();
          Path inFlight = Files.writeString(d.resolve(OutputTarget.markerInFlight(MARKER, "1.1")), "");
          Files.move(inFlight, d.resolve(MARKER), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
          for (int i = 0; i < 20; i++) {
            Files.writeString(d.resolve("written-" + i), "");
          }
          return null;
        });
        go.countDown();
        while (!marking.isDone()) {
          assertThat(OutputTarget.check(d, MARKER, protect(dir.resolve("cwd"), false))).as("round " + round).isEqualTo(d);
        }
        marking.get();
      }
    } finally {
      other.shutdownNow();
    }
  }
}
