package io.tankos.quadlet;

/** {@code AutoUpdate=} of a .container: where podman auto-update looks for a newer image. */
public enum AutoUpdatePolicy {
  /** {@code registry}. */
  REGISTRY("registry"),
  /** {@code local}. */
  LOCAL("local");

  private final String token;

  AutoUpdatePolicy(String token) {
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
