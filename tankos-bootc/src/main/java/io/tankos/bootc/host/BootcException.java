package io.tankos.bootc.host;

import io.tankos.bootc.internal.ToolMessages;
import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandResult;

/**
 * A {@code bootc} command failed; {@link #error()} says why (not booted via bootc, no rollback
 * available, not root, …) and {@link #bootcMessage()} is bootc's own {@code error:} text.
 *
 * <pre>{@code
 * try {
 *   bootc.rollback(false);
 * } catch (BootcException e) {
 *   if (e.error() == BootcError.NO_ROLLBACK_AVAILABLE) System.out.println("nothing to roll back to");
 * }
 * }</pre>
 */
public class BootcException extends CommandFailedException {
  private static final long serialVersionUID = 1L;

  /** The classified reason. */
  private final BootcError error;

  /** bootc's message, without the {@code error: } prefix. */
  private final String bootcMessage;

  /**
   * An exception for a failed bootc command.
   *
   * @param error the classified reason
   * @param bootcMessage bootc's message
   * @param result the command's result
   */
  public BootcException(BootcError error, String bootcMessage, CommandResult result) {
    super("bootc failed (" + error + "): " + bootcMessage, result, null);
    this.error = error;
    this.bootcMessage = bootcMessage;
  }

  /**
   * The classified reason.
   *
   * @return the reason
   */
  public BootcError error() {
    return error;
  }

  /**
   * bootc's message without the {@code error: } prefix (the anyhow context chain).
   *
   * @return the message
   */
  public String bootcMessage() {
    return bootcMessage;
  }

  /**
   * Maps a failed result to an exception from its last {@code error: } stderr line.
   *
   * @param result the failed result
   * @return the exception
   */
  static BootcException of(CommandResult result) {
    String message = ToolMessages.lastError(result);
    if (message == null) {
      message = result.stderrTail().isBlank() ? "exit code " + result.exitCode() : result.stderrTail().strip();
    }
    return new BootcException(BootcError.classify(message), message, result);
  }
}
