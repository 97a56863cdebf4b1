package io.tankos.core.exec;

import java.util.List;
import java.util.Objects;

/**
 * A command did not succeed: it exited with a non-zero code ({@link
 * CommandRunner#runChecked(Command)}), could not start, timed out ({@link CommandTimeoutException})
 * or was cancelled ({@link CommandCancelledException}). The message names the redacted argv, the
 * exit code and the standard error tail; never a secret.
 */
public class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The result, as far as the process got (redacted); not serialized. */
  private final transient CommandResult result;

  /** The redacted argv. */
  private final List<String> argv;

  /** The exit code. */
  private final int exitCode;

  /** The redacted standard error tail. */
  private final String stderrTail;

  /**
   * A failure for a non-zero exit code.
   *
   * @param result the result
   */
  public CommandFailedException(CommandResult result) {
    this("exited with code " + result.exitCode(), result, null);
  }

  /**
   * A failure with a reason.
   *
   * @param reason why it failed, e.g. {@code could not start: No such file or directory}; must not
   *     contain secrets
   * @param result the result as far as the process got
   * @param cause the cause, or null
   */
  public CommandFailedException(String reason, CommandResult result, Throwable cause) {
    super(message(reason, Objects.requireNonNull(result, "result")), cause);
    this.result = result;
    this.argv = result.argv();
    this.exitCode = result.exitCode();
    this.stderrTail = result.stderrTail();
  }

  private static String message(String reason, CommandResult result) {
    StringBuilder text =
        new StringBuilder("command ")
            .append(io.tankos.core.exec.internal.PosixShell.quoteForDisplay(result.argv()))
            .append(": ")
            .append(reason);
    if (result.possiblyTruncated()) {
      text.append(" (output possibly truncated)");
    }
    if (!result.stderrTailLines().isEmpty()) {
      text.append("\nstderr (last ").append(result.stderrTailLines().size()).append(" lines):");
      for (String line : result.stderrTailLines()) {
        text.append("\n  ").append(line);
      }
    }
    return text.toString();
  }

  /**
   * The redacted argv.
   *
   * @return argv
   */
  public List<String> argv() {
    return argv;
  }

  /**
   * The exit code, or -1 when the process never started.
   *
   * @return the code
   */
  public int exitCode() {
    return exitCode;
  }

  /**
   * The last standard error lines, redacted.
   *
   * @return the tail
   */
  public String stderrTail() {
    return stderrTail;
  }

  /**
   * The result as far as the process got (null after deserialization).
   *
   * @return the result
   */
  public CommandResult result() {
    return result;
  }
}
