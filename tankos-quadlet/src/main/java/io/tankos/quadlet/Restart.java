package io.tankos.quadlet;

/** systemd {@code [Service] Restart=}. */
public enum Restart {
  /** {@code no}. */
  NO("no"),
  /** {@code on-success}. */
  ON_SUCCESS("on-success"),
  /** {@code on-failure}. */
  ON_FAILURE("on-failure"),
  /** {@code on-abnormal}. */
  ON_ABNORMAL("on-abnormal"),
  /** {@code on-watchdog}. */
  ON_WATCHDOG("on-watchdog"),
  /** {@code on-abort}. */
  ON_ABORT("on-abort"),
  /** {@code always}. */
  ALWAYS("always");

  private final String token;

  Restart(String token) {
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
