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

  @Test
  void aGrandchildHoldingThePipeIsReportedAndLeftRunningByDefault() {
    CommandResult result = run("sh -c 'echo gpid $$; exec sleep 30' & sleep 0.3; echo started", false);
    assertThat(result.possiblyTruncated()).isTrue();
    assertThat(result.stdoutLines()).contains("started");
    assertThat(ProcessTree.isRunning(pids.get("gpid"))).as("left running").isTrue();
  }

  @Test
  void aGrandchildHoldingThePipeIsEndedWhenAsked() {
    CommandResult result = run("sh -c 'echo gpid $$; exec sleep 30' & sleep 0.3; echo started", true);
    assertThat(result.possiblyTruncated()).as("its output may be cut").isTrue();
    assertThat(result.stdoutLines()).contains("started");
    assertThat(ProcessTree.isRunning(pids.get("gpid"))).as("ended").isFalse();
  }

  @Test
  void aDaemonThatDoubleForkedAwayButHoldsThePipeIsFoundThroughThePipe() {
    CommandResult result =
        run("( setsid sh -c 'echo dpid $$; exec sleep 30' & ); sleep 0.2; echo started", true);
    assertThat(result.possiblyTruncated()).isTrue();
    assertThat(ProcessTree.isRunning(pids.get("dpid"))).as("ended").isFalse();
  }

  @Test
  void aDescendantThatLetGoOfThePipesIsEndedFromTheSampledTree() {
    CommandResult result =
        run("sh -c 'exec sleep 30' </dev/null >/dev/null 2>&1 & echo bpid $!; sleep 1", true);
    assertThat(result.possiblyTruncated()).as("the pipes closed normally").isFalse();
    assertThat(ProcessTree.isRunning(pids.get("bpid"))).as("ended").isFalse();
  }
}
