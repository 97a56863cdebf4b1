package io.tankos.core.exec;

/**
 * The thread running a command was interrupted; the whole process tree was ended and the thread's
 * interrupt flag is set again when this is thrown.
 */
public class CommandCancelledException extends CommandFailedException {
  private static final long serialVersionUID = 1L;

  /**
   * A cancellation failure.
   *
   * @param result the result as far as the process got
   * @param cause the {@link InterruptedException}
   */
  public CommandCancelledException(CommandResult result, InterruptedException cause) {
    super("cancelled (thread interrupted); process tree ended", result, cause);
  }
}
