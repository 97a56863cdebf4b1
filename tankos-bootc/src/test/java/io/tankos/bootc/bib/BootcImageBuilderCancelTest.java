package io.tankos.bootc.bib;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.podman.Podman;
import io.tankos.core.exec.CommandCancelledException;
import io.tankos.core.exec.CommandTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timeout and cancel of a BIB run through the real local runner, with a fake {@code podman} whose
 * {@code run} hangs: the run ends and the BIB container is removed by name.
 */
class BootcImageBuilderCancelTest {
  @TempDir Path dir;

  private Path fakePodman() throws Exception {
    Path exe = dir.resolve("podman");
    Files.writeString(
        exe,
        "#!/bin/sh\n"
            + "d=$(dirname \"$0\")\n"
            + "case \"$1\" in\n"
            + "  run) echo 'Generating manifest'; sleep 60 ;;\n"
            + "  rm) sleep 1; printf '%s\\n' \"$*\" >> \"$d/rm.log\" ;;\n"
            + "esac\n");
    Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
    return exe;
  }

  private static String containerName(List<String> lines) {
    String[] words = lines.get(0).split(" ");
    assertThat(words).startsWith("rm", "--force", "--time", "0");
    return words[4];
  }

  @Test
  void timeoutEndsTheRunAndRemovesTheContainer() throws Exception {
    Path podman = fakePodman();
    BootcImageBuilder bib =
        BootcImageBuilder.builder("localhost/bib:1")
            .podman(Podman.builder().executable(podman.toString()).build())
            .timeout(Duration.ofSeconds(1))
            .build();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    try {
      bib.build(DiskImageRequest.builder("localhost/tank-os:1", dir.resolve("out")).build(), l -> {});
    } catch (RuntimeException e) {
      thrown.set(e);
    }
    assertThat(thrown.get()).isInstanceOf(CommandTimeoutException.class);
    List<String> rm = Files.readAllLines(dir.resolve("rm.log"));
    assertThat(rm).hasSize(1);
    assertThat(containerName(rm)).startsWith("tankos-bib-");
  }

  @Test
  void interruptCancelsTheRunAndRemovesTheContainer() throws Exception {
    Path podman = fakePodman();
    BootcImageBuilder bib =
        BootcImageBuilder.builder("localhost/bib:1")
            .podman(Podman.builder().executable(podman.toString()).build())
            .build();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    Thread worker =
        new Thread(
            () -> {
              try {
                bib.build(DiskImageRequest.builder("localhost/tank-os:1", dir.resolve("out")).build(), l -> started.countDown());
              } catch (RuntimeException e) {
                thrown.set(e);
              }
            });
    worker.start();
    assertThat(started.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    worker.interrupt();
    worker.join(30_000);
    assertThat(worker.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(CommandCancelledException.class);
    assertThat(containerName(Files.readAllLines(dir.resolve("rm.log")))).startsWith("tankos-bib-");
  }
}
