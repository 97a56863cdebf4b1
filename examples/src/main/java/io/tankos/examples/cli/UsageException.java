package io.tankos.examples.cli;

/** Wrong command-line arguments or option values: one line with the command's usage, exit status 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A usage error.
   *
   * @param message what is wrong with the arguments
   */
  public UsageException(String message) {
    super(message);
  }
}
