package io.tankos.core.podman;

/** The Podman secret drivers ({@code podman secret create --driver}). */
public enum SecretDriver {
  /** {@code file}: the default; data stored under Podman's storage. */
  FILE("file"),
  /** {@code pass}: data stored in the {@code pass} password store. */
  PASS("pass"),
  /** {@code shell}: data handled by shell commands given as options. */
  SHELL("shell");

  private final String token;

  SecretDriver(String token) {
    this.token = token;
  }

  /**
   * The driver name.
   *
   * @return e.g. {@code file}
   */
  public String token() {
    return token;
  }
}
