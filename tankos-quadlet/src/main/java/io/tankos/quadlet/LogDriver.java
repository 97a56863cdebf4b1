package io.tankos.quadlet;

/** {@code LogDriver=}: Podman's log drivers. */
public enum LogDriver {
  /** {@code k8s-file}. */
  K8S_FILE("k8s-file"),
  /** {@code journald}. */
  JOURNALD("journald"),
  /** {@code none}. */
  NONE("none"),
  /** {@code passthrough}. */
  PASSTHROUGH("passthrough"),
  /** {@code passthrough-tty}. */
  PASSTHROUGH_TTY("passthrough-tty");

  private final String token;

  LogDriver(String token) {
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
