package io.tankos.core.exec;

import io.tankos.core.exec.internal.LocalCommandRunner;

/**
 * Runs {@link Command}s: the one interface every tankos tool wrapper (podman, bootc, ssh) uses, so
 * tests can swap in a {@link RecordingRunner} and remote hosts an {@link SshTransport}.
 *
 * <pre>{@code
 * CommandRunner runner = CommandRunner.local();
 * CommandResult r = runner.runChecked(Command.builder("podman", "--version")
 *     .timeout(Duration.ofSeconds(10)).build());
 * String version = r.stdout().trim();
 * }</pre>
 *
 * <p>Thread interrupt is the cancellation story: interrupting the calling thread ends the whole
 * process tree and throws {@link CommandCancelledException} with the interrupt flag set again.
 */
public interface CommandRunner {

  /**
   * Runs a command to its end and returns how it ended, whatever the exit code.
   *
   * @param command the command
   * @return the result
   * @throws CommandTimeoutException when the timeout expired (the tree was ended)
   * @throws CommandCancelledException when the calling thread was interrupted (the tree was ended)
   * @throws CommandFailedException when the process could not start
   */
  CommandResult run(Command command);

  /**
   * Runs a command and requires exit code 0.
   *
   * @param command the command
   * @return the result
   * @throws CommandFailedException on a non-zero exit code, or as {@link #run(Command)}
   */
  default CommandResult runChecked(Command command) {
    return run(command).requireSuccess();
  }

  /**
   * The runner for this machine: Apache Commons Exec drives the process, output is pumped line by
   * line to the command's listener with bounded memory, and a timeout or interrupt ends the whole
   * process tree (SIGTERM to every descendant, grace period, SIGKILL). It refuses (with {@link
   * IllegalArgumentException}) argv, environment or directory text that the JVM's native encoding
   * cannot pass (non-ASCII under {@code LANG=C}), which the JDK would silently turn into {@code ?},
   * and a program path containing {@code \}, which Commons Exec would turn into {@code /}.
   *
   * @return the local runner
   */
  static CommandRunner local() {
    return LocalCommandRunner.INSTANCE;
  }
}
