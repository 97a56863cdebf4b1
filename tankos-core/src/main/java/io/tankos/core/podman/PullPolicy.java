package io.tankos.core.podman;

/**
 * When Podman pulls an image: {@code Pull=} of .container/.build units, {@code Policy=} of .image
 * units and {@code podman build --pull=}.
 */
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
