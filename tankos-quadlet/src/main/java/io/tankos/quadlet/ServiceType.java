package io.tankos.quadlet;

/** systemd {@code [Service] Type=} (Quadlet sets a default per unit type). */
public enum ServiceType {
  /** {@code simple}. */
  SIMPLE("simple"),
  /** {@code exec}. */
  EXEC("exec"),
  /** {@code forking}. */
  FORKING("forking"),
  /** {@code oneshot}. */
  ONESHOT("oneshot"),
  /** {@code dbus}. */
  DBUS("dbus"),
  /** {@code notify}. */
  NOTIFY("notify"),
  /** {@code notify-reload}. */
  NOTIFY_RELOAD("notify-reload"),
  /** {@code idle}. */
  IDLE("idle");

  private final String token;

  ServiceType(String token) {
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
