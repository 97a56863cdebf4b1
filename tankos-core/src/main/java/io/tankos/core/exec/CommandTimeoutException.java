package io.tankos.core.exec;

import java.time.Duration;

/** A command ran longer than its {@link Command#timeout()}; its whole process tree was ended. */
public class CommandTimeoutException extends CommandFailedException {
  private static final long serialVersionUID = 1L;

  /** The timeout that expired. */
  private final Duration timeout;

  /**
   * A timeout failure.
   *
   * @param timeout the timeout that expired
   * @param result the result as far as the process got
   */
  public CommandTimeoutException(Duration timeout, CommandResult result) {
    super("timed out after " + timeout + "; process tree ended", result, null);
    this.timeout = timeout;
  }

  /**
   * The timeout that expired.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return timeout;
  }
}
