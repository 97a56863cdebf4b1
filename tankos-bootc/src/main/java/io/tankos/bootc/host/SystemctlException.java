package io.tankos.bootc.host;

import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandResult;

/**
 * A {@code systemctl} command failed. The message names the redacted command, the exit code and
 * the tail of standard error ({@link #argv()}, {@link #exitCode()}, {@link #stderrTail()}).
 *
 * <pre>{@code
 * try {
 *   Systemctl.user(runner).restart("openclaw.service");
 * } catch (SystemctlException e) {
 *   System.err.println(e.exitCode() + ": " + e.stderrTail());
 * }
 * }</pre>
 */
public class SystemctlException extends CommandFailedException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception for a failed {@code systemctl} command.
   *
   * @param reason what went wrong, e.g. {@code exited with code 5}; no secret
   * @param result the command's result
   */
  public SystemctlException(String reason, CommandResult result) {
    super(reason, result, null);
  }
}
