package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.exec.internal.ProcessTree;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Processes left behind when the main process exits: a grandchild holding the output pipe is
 * reported ({@link CommandResult#possiblyTruncated()}) in any case, and ended, with whatever else is
 * left of the tree, when the command asks for it ({@link Command#endTreeOnExit()}).
 */
@EnabledOnOs(OS.LINUX)
class EndTreeOnExitTest {
  /**
   * A grandchild that prints its pid and runs {@code sleep}, holding the pipe; the shell waits
   * until it does (a condition, not a duration), then prints "started" and exits.
   */
  private static final String GRANDCHILD_STARTED =
      "sh -c 'echo gpid $$; exec sleep 30' & g=$!;"
          + " until [ \"$(cat /proc/$g/comm 2>/dev/null)\" = sleep ]; do sleep 0.01; done;"
          + " echo started";

  private final Map<String, Long> pids = new ConcurrentHashMap<>();

  @AfterEach
  void killLeftovers() {
    for (long pid : pids.values()) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private CommandResult run(String script, boolean endTree) {
    Command command =
        Command.builder("sh", "-c", script)
            .drainTimeout(Duration.ofMillis(300))
            .killGracePeriod(Duration.ofMillis(300))
            .timeout(Duration.ofSeconds(60))
            .endTreeOnExit(endTree)
            .outputListener(
                line -> {
                  String[] words = line.text().split(" ");
                  if (words.length == 2 && words[0].endsWith("pid")) {
                    pids.put(words[0], Long.parseLong(words[1]));
                  }
                })
            .build();
    return CommandRunner.local().runChecked(command);
  }

  /**
   * Whether a process the run signalled has ended: SIGKILL is delivered asynchronously, so the
   * process may still be in the table for a moment after the call returns. Waits on the condition
   * (a generous deadline that only a process that was never signalled reaches).
   */
  private static boolean endsSoon(long pid) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (ProcessTree.isRunning(pid)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  @Test
  void aGrandchildHoldingThePipeIsReportedAndLeftRunningByDefault() {
    CommandResult result = run(GRANDCHILD_STARTED, false);
    assertThat(result.possiblyTruncated()).isTrue();
    assertThat(result.stdoutLines()).contains("started");
    assertThat(ProcessTree.isRunning(pids.get("gpid"))).as("left running").isTrue();
  }

  @Test
  void aGrandchildHoldingThePipeIsEndedWhenAsked() {
    CommandResult result = run(GRANDCHILD_STARTED, true);
    assertThat(result.possiblyTruncated()).as("its output may be cut").isTrue();
    assertThat(result.stdoutLines()).contains("started");
    assertThat(endsSoon(pids.get("gpid"))).as("ended").isTrue();
  }

  @Test
  void aDaemonThatDoubleForkedAwayButHoldsThePipeIsFoundThroughThePipe() {
    CommandResult result =
        run("( setsid sh -c 'echo dpid $$; exec sleep 30' & ); sleep 0.2; echo started", true);
    assertThat(result.possiblyTruncated()).isTrue();
    assertThat(endsSoon(pids.get("dpid"))).as("ended").isTrue();
  }

  @Test
  void aDescendantThatLetGoOfThePipesIsEndedFromTheSampledTree() {
    CommandResult result =
        run("sh -c 'exec sleep 30' </dev/null >/dev/null 2>&1 & echo bpid $!; sleep 1", true);
    assertThat(result.possiblyTruncated()).as("the pipes closed normally").isFalse();
    assertThat(endsSoon(pids.get("bpid"))).as("ended").isTrue();
  }
}
