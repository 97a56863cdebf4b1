package io.tankos.quadlet;

/** {@code SetWorkingDirectory=} of a .kube. */
public enum KubeWorkingDirectory {
  /** {@code yaml}. */
  YAML("yaml"),
  /** {@code unit}. */
  UNIT("unit");

  private final String token;

  KubeWorkingDirectory(String token) {
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
