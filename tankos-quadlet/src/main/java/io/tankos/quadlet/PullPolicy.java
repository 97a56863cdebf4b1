package io.tankos.quadlet;

/** When Podman pulls an image: {@code Pull=} of .container/.build, {@code Policy=} of .image. */
public enum PullPolicy {
  /** {@code always}. */
  ALWAYS("always"),
  /** {@code missing}. */
  MISSING("missing"),
  /** {@code never}. */
  NEVER("never"),
  /** {@code newer}. */
  NEWER("newer");

  private final String token;

  PullPolicy(String token) {
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
