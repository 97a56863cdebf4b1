package io.tankos.quadlet;

/** {@code Driver=} of a .network. */
public enum NetworkDriver {
  /** {@code bridge}. */
  BRIDGE("bridge"),
  /** {@code macvlan}. */
  MACVLAN("macvlan"),
  /** {@code ipvlan}. */
  IPVLAN("ipvlan");

  private final String token;

  NetworkDriver(String token) {
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
