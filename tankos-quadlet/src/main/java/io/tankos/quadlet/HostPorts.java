package io.tankos.quadlet;

import java.util.List;
import java.util.Optional;

/**
 * The host side of a {@code PublishPort=} value ({@code [[ip:][hostPort]:]containerPort[/proto]}):
 * two bindings collide when their protocols match, their host port ranges overlap and their
 * addresses are equal or one of them is a wildcard.
 *
 * @param ip the host address, empty for all
 * @param from the first host port
 * @param to the last host port
 * @param protocol {@code tcp}, {@code udp} or {@code sctp}
 */
record HostPorts(String ip, int from, int to, String protocol) {
  private static final List<String> WILDCARDS = List.of("", "0.0.0.0", "::");

  /**
   * The host binding of a value, if it has a fixed host port.
   *
   * @param value the value as Quadlet reads it
   * @return the binding; empty for a random host port or a value that does not parse
   */
  static Optional<HostPorts> of(String value) {
    String v = value;
    String protocol = "tcp";
    int slash = v.lastIndexOf('/');
    if (slash >= 0) {
      protocol = v.substring(slash + 1);
      v = v.substring(0, slash);
    }
    String ip = "";
    if (v.startsWith("[")) {
      int close = v.indexOf("]:");
      if (close < 0) {
        return Optional.empty();
      }
      ip = v.substring(1, close);
      v = v.substring(close + 2);
    }
    String[] parts = v.split(":", -1);
    String host;
    if (parts.length == 3 && ip.isEmpty()) {
      ip = parts[0];
      host = parts[1];
    } else if (parts.length == 2) {
      host = parts[0];
    } else {
      return Optional.empty();
    }
    try {
      int dash = host.indexOf('-');
      int from = Integer.parseInt(dash < 0 ? host : host.substring(0, dash));
      int to = dash < 0 ? from : Integer.parseInt(host.substring(dash + 1));
      return Optional.of(new HostPorts(ip, from, to, protocol));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether two bindings claim the same host port.
   *
   * @param o the other binding
   * @return true when they collide
   */
  boolean collides(HostPorts o) {
    return protocol.equals(o.protocol) && from <= o.to && o.from <= to
        && (ip.equals(o.ip) || WILDCARDS.contains(ip) || WILDCARDS.contains(o.ip));
  }

  @Override
  public String toString() {
    return (ip.isEmpty() ? "" : ip + ":") + (from == to ? "" + from : from + "-" + to) + "/" + protocol;
  }
}
