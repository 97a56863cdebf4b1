package io.tankos.quadlet;

/** {@code ExitCodePropagation=} of a .kube. */
public enum ExitCodePropagation {
  /** {@code all}. */
  ALL("all"),
  /** {@code any}. */
  ANY("any"),
  /** {@code none}. */
  NONE("none");

  private final String token;

  ExitCodePropagation(String token) {
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
