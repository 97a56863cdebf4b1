package io.tankos.quadlet;

/** {@code Notify=} of a .container: who tells systemd that the service is ready. */
public enum NotifyMode {
  /** {@code true}. */
  TRUE("true"),
  /** {@code false}. */
  FALSE("false"),
  /** {@code healthy}. */
  HEALTHY("healthy");

  private final String token;

  NotifyMode(String token) {
    this.token = token;
  }

  /**
   * The text written in the unit file.
   *
   * @return the token
   */
  public String token() {
    return token;
  }

  @Override
  public String toString() {
    return token;
  }
}
