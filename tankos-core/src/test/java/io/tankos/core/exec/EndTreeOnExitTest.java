package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.exec.internal.ProcessTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.io.TempDir;
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
    return run(script, endTree, null);
  }

  /** Runs the script; the listener creates {@code seen} (if given) once it took "started". */
  private CommandResult run(String script, boolean endTree, Path seen) {
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
                  if (seen != null && line.text().equals("started")) {
                    try {
                      Files.createFile(seen);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }
                })
            .build();
    return CommandRunner.local().runChecked(command);
  }

  @Test
  void aGrandchildHoldingThePipeIsReportedAndLeftRunningByDefault(@TempDir Path dir) {
    // the main shell exits once the listener took its last line, so the pump is back in read():
    // the JDK keeps the pipe open (otherwise it drains and ends the stream, and nothing can tell)
    Path seen = dir.resolve("seen");
    CommandResult result =
        run("sh -c 'exec sleep 30' & echo gpid $!; echo started; "
                + "while [ ! -e '" + seen + "' ]; do sleep 0.01; done",
            false,
            seen);
    assertThat(result.possiblyTruncated()).isTrue();
    assertThat(result.stdoutLines()).contains("started");
    assertThat(ProcessTree.isRunning(pids.get("gpid"))).as("left running").isTrue();
  }

  @Test
  void aGrandchildHoldingThePipeIsEndedWhenAsked() {
    // the main shell exits at once, perhaps before the watch reads its descriptors, and perhaps
    // before the pump is in read() (the JDK then ends the stream itself): found through the pipe
    CommandResult result = run("sh -c 'exec sleep 30' & echo gpid $!; echo started", true);
    assertThat(result.possiblyTruncated()).as("its output may be cut").isTrue();
    assertThat(result.stdoutLines()).contains("started");
    assertThat(ProcessTree.isRunning(pids.get("gpid"))).as("ended").isFalse();
  }

  @Test
  void aDaemonThatDoubleForkedAwayIsFoundAndEnded() {
    CommandResult result =
        run("( setsid sh -c 'exec sleep 30' & echo dpid $! ); echo started", true);
    assertThat(result.possiblyTruncated()).isTrue();
    assertThat(ProcessTree.isRunning(pids.get("dpid"))).as("ended").isFalse();
  }

  @Test
  void aDescendantGoneFromTheTreeBeforeAnySampleIsFoundByItsMarker() {
    // no pipe held and the main shell exits at once: only the environment marker finds the job
    CommandResult result =
        run("sh -c 'exec sleep 30' </dev/null >/dev/null 2>&1 & echo bpid $!", true);
    assertThat(result.possiblyTruncated()).as("the pipes closed normally").isFalse();
    assertThat(ProcessTree.isRunning(pids.get("bpid"))).as("ended").isFalse();
  }

  @Test
  void anotherTreesProcessIsLeftAlone() throws Exception {
    // a process of another watched run (another marker), and one with no marker at all
    ProcessBuilder other = new ProcessBuilder("sleep", "30").redirectErrorStream(true);
    other.environment().put("TANKOS_TREE", "1-1-0");
    Process marked = other.start();
    Process plain = new ProcessBuilder("sleep", "30").start();
    pids.put("marked", marked.pid());
    pids.put("plain", plain.pid());
    CommandResult result = run("sh -c 'exec sleep 30' & echo gpid $!", true);
    assertThat(ProcessTree.isRunning(pids.get("gpid"))).as("ended").isFalse();
    assertThat(result.possiblyTruncated()).isTrue();
    assertThat(ProcessTree.isRunning(marked.pid())).as("another run's process").isTrue();
    assertThat(ProcessTree.isRunning(plain.pid())).as("an unmarked process").isTrue();
  }
}
