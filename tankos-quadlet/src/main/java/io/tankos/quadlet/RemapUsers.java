package io.tankos.quadlet;

/** {@code RemapUsers=} (deprecated; use UserNS). */
public enum RemapUsers {
  /** {@code auto}. */
  AUTO("auto"),
  /** {@code keep-id}. */
  KEEP_ID("keep-id"),
  /** {@code manual}. */
  MANUAL("manual");

  private final String token;

  RemapUsers(String token) {
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
