package io.tankos.quadlet;

/** {@code IPAMDriver=} of a .network. */
public enum IpamDriver {
  /** {@code host-local}. */
  HOST_LOCAL("host-local"),
  /** {@code dhcp}. */
  DHCP("dhcp"),
  /** {@code none}. */
  NONE("none");

  private final String token;

  IpamDriver(String token) {
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
