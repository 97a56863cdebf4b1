package io.tankos.quadlet;

/** {@code HealthOnFailure=}: what happens when the container becomes unhealthy. */
public enum HealthOnFailure {
  /** {@code none}. */
  NONE("none"),
  /** {@code kill}. */
  KILL("kill"),
  /** {@code restart}. */
  RESTART("restart"),
  /** {@code stop}. */
  STOP("stop");

  private final String token;

  HealthOnFailure(String token) {
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
