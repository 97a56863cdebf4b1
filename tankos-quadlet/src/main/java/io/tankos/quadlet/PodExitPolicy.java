package io.tankos.quadlet;

/** {@code ExitPolicy=} of a .pod. */
public enum PodExitPolicy {
  /** {@code continue}. */
  CONTINUE("continue"),
  /** {@code stop}. */
  STOP("stop");

  private final String token;

  PodExitPolicy(String token) {
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
