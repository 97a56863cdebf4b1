package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tankos.core.exec.internal.ProcessTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Timeouts, interrupts and detached children end (or stop waiting for) the whole process tree. */
@EnabledOnOs(OS.LINUX)
class ProcessTreeTest {
  /**
   * root shell -> child shell -> grandchild {@code sleep} that ignores SIGTERM; each prints "NAME
   * PID" once it exists (the grandchild's line once it runs {@code sleep}, with SIGTERM ignored),
   * then the child prints "ready".
   */
  private static final String TREE =
      "echo root $$\n"
          + "sh -c 'echo child $$; (trap \"\" TERM; exec sleep 60) & g=$!;"
          + " until [ \"$(cat /proc/$g/comm 2>/dev/null)\" = sleep ]; do sleep 0.01; done;"
          + " echo grandchild $g; echo ready; wait' &\n"
          + "wait\n";

  private final CommandRunner runner = CommandRunner.local();
  private final Map<String, Long> pids = new ConcurrentHashMap<>();
  private final CountDownLatch ready = new CountDownLatch(1);
  private final AtomicBoolean grandchildIgnoresSigterm = new AtomicBoolean();
  private Path script;

  @BeforeEach
  void writeScript(@TempDir Path dir) throws Exception {
    script = dir.resolve("tree.sh");
    Files.writeString(script, TREE);
  }

  @AfterEach
  void killLeftovers() {
    for (long pid : pids.values()) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private void record(OutputLine line) {
    String[] words = line.text().split(" ");
    if (words.length == 2) {
      pids.put(words[0], Long.parseLong(words[1]));
    } else if (line.text().equals("ready")) {
      grandchildIgnoresSigterm.set(ignoresSigterm(pids.get("grandchild")));
      ready.countDown();
    }
  }

  private Command treeCommand() {
    return Command.builder("sh", script.toString())
        .outputListener(this::record)
        .killGracePeriod(Duration.ofMillis(300))
        .drainTimeout(Duration.ofMillis(500))
        .build();
  }

  @Test
  void timeoutEndsTheWholeTreeIncludingAGrandchildThatIgnoresSigterm() {
    Command command = treeCommand().toBuilder().timeout(Duration.ofSeconds(3)).build();

    assertThatThrownBy(() -> runner.run(command))
        .isInstanceOf(CommandTimeoutException.class)
        .hasMessageContaining("timed out after PT3S")
        .satisfies(
            e -> {
              CommandTimeoutException timeout = (CommandTimeoutException) e;
              assertThat(timeout.timeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(timeout.result().possiblyTruncated()).isTrue();
            });

    assertThat(pids).containsOnlyKeys("root", "child", "grandchild");
    assertThat(grandchildIgnoresSigterm).as("fixture: grandchild ignores SIGTERM").isTrue();
    assertNoneRunning();
  }

  @Test
  void interruptCancelsEndsTheTreeAndRestoresTheInterruptFlag() throws Exception {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flagAfter = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              try {
                runner.run(treeCommand());
              } catch (Throwable t) {
                thrown.set(t);
              }
              flagAfter.set(Thread.currentThread().isInterrupted());
            });
    caller.start();
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    caller.interrupt();
    caller.join(TimeUnit.SECONDS.toMillis(20));

    assertThat(caller.isAlive()).isFalse();
    assertThat(thrown.get())
        .isInstanceOf(CommandCancelledException.class)
        .hasMessageContaining("cancelled")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(flagAfter.get()).isTrue();
    assertThat(grandchildIgnoresSigterm).as("fixture: grandchild ignores SIGTERM").isTrue();
    assertNoneRunning();
  }

  @Test
  void aDetachedGrandchildHoldingThePipeDoesNotHangTheCall() {
    List<OutputLine> lines = new ArrayList<>();
    Command command =
        // the final sleep lets the pump block in read() before the shell exits; had it not, the
        // JDK drains the pipe itself at exit (ProcessPipeInputStream.processExited) and the
        // grandchild's later output is dropped without any wait
        Command.builder("sh", "-c", "sleep 30 & echo started $!; sleep 2")
            .drainTimeout(Duration.ofMillis(500))
            .outputListener(lines::add)
            .build();

    CommandResult result =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> runner.run(command));
    long sleeper = Long.parseLong(result.stdout().trim().split(" ")[1]);
    pids.put("sleeper", sleeper);

    assertThat(result.exitCode()).isZero();
    assertThat(result.possiblyTruncated()).isTrue();
    assertThat(result.stdout()).startsWith("started ");
    assertThat(ProcessTree.isRunning(sleeper)).isTrue();
  }

  @Test
  void aNormalExitIsNotFlaggedAsTruncated() {
    CommandResult result = runner.run(Command.of("sh", "-c", "sleep 0.1 & echo started; wait"));
    assertThat(result.possiblyTruncated()).isFalse();
  }

  /** Reads the SigIgn mask of /proc/PID/status: bit 14 is SIGTERM (15). */
  private static boolean ignoresSigterm(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("SigIgn:")) {
          return (Long.parseLong(line.substring(7).trim(), 16) & (1L << 14)) != 0;
        }
      }
      return false;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private void assertNoneRunning() {
    for (Map.Entry<String, Long> e : pids.entrySet()) {
      assertThat(ProcessTree.isRunning(e.getValue()))
          .as("%s (pid %d) still running", e.getKey(), e.getValue())
          .isFalse();
    }
  }
}
