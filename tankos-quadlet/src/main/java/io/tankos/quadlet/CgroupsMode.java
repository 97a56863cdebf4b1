package io.tankos.quadlet;

/** {@code CgroupsMode=}: Podman's {@code --cgroups} mode (Quadlet's default is split). */
public enum CgroupsMode {
  /** {@code enabled}. */
  ENABLED("enabled"),
  /** {@code disabled}. */
  DISABLED("disabled"),
  /** {@code no-conmon}. */
  NO_CONMON("no-conmon"),
  /** {@code split}. */
  SPLIT("split");

  private final String token;

  CgroupsMode(String token) {
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
