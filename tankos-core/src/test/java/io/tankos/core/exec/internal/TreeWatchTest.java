package io.tankos.core.exec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sampled tree: a descendant that let go of the pipes and cleared its environment (so neither
 * the pipes nor the marker find it) is still ended, because a sample saw it while the process ran.
 */
@EnabledOnOs(OS.LINUX)
class TreeWatchTest {
  private final List<Long> started = new ArrayList<>();

  @AfterEach
  void killLeftovers() {
    started.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
  }

  @Test
  void aDescendantSeenBySamplingIsCollectedAfterTheProcessExited(@TempDir Path dir) throws Exception {
    Path go = dir.resolve("go");
    TreeWatch watch = new TreeWatch(r -> {
      Thread t = new Thread(r, "tree-watch-test");
      t.setDaemon(true);
      return t;
    });
    Process shell = new ProcessBuilder("sh", "-c",
        "env -i sleep 30 </dev/null >/dev/null 2>&1 & echo $!; "
            + "while [ ! -e '" + go + "' ]; do sleep 0.01; done")
        .start();
    started.add(shell.pid());
    watch.start(shell);
    long pid;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8))) {
      pid = Long.parseLong(out.readLine().trim());
      started.add(pid);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!watch.remembers(pid) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(watch.remembers(pid)).as("sampled while the shell ran").isTrue();
      Files.createFile(go);
      assertThat(shell.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(ProcessHandle.current().descendants().map(ProcessHandle::pid)).doesNotContain(pid);
    assertThat(watch.stopAndCollect()).extracting(ProcessHandle::pid).contains(pid);
    assertThat(watch.pipeHeld()).as("no pipe held").isFalse();
  }
}
