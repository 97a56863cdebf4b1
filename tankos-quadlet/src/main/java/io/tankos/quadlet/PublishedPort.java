package io.tankos.quadlet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The host side of one {@code PublishPort=} value, read the way Podman reads
 * {@code [[ip:][hostPort]:]containerPort[/proto]}: an IPv6 address in brackets
 * ({@code [::1]:8080:80}), port ranges of equal length ({@code 8080-8085:80-85}), protocols
 * {@code tcp} (default), {@code udp}, {@code sctp}, or a comma list read as each of them (judged
 * conservatively: Podman 4.3.1 refuses such a list). A value without a host port publishes on a
 * random port and claims nothing.
 *
 * @param hostIp the host address, empty for every address
 * @param protocol the protocol, lower case
 * @param first the first host port
 * @param last the last host port (equal to {@code first} for a single port)
 */
record PublishedPort(String hostIp, String protocol, int first, int last) {

  /**
   * Whether this and another claim cannot both be bound: same protocol, overlapping ports, and the
   * same address or a wildcard on either side.
   *
   * @param o the other claim
   * @return true when they collide
   */
  boolean collidesWith(PublishedPort o) {
    return protocol.equals(o.protocol) && first <= o.last && o.first <= last
        && (isWildcard() || o.isWildcard() || hostIp.equals(o.hostIp));
  }

  boolean isWildcard() {
    return hostIp.isEmpty() || hostIp.equals("0.0.0.0") || hostIp.equals("::");
  }

  /**
   * The claim as a short phrase: {@code 8080/tcp on 127.0.0.1}, {@code 8080-8081/udp on every
   * address}.
   *
   * @return the phrase
   */
  String describe() {
    String ports = first == last ? Integer.toString(first) : first + "-" + last;
    return ports + "/" + protocol + " on " + (isWildcard() ? "every address" : hostIp);
  }

  /**
   * The host ports one value claims (one per protocol), or empty when the value claims none (no
   * host port) or is not one Podman accepts.
   *
   * @param value the value as Quadlet passes it to {@code --publish}
   * @return the claims, or empty
   */
  static Optional<List<PublishedPort>> parse(String value) {
    String[] byProto = value.split("/", -1);
    if (byProto.length > 2) {
      return Optional.empty();
    }
    List<String> protocols = new ArrayList<>();
    for (String p : (byProto.length == 2 ? byProto[1] : "tcp").split(",", -1)) {
      String proto = p.toLowerCase(Locale.ROOT);
      if (!proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp")) {
        return Optional.empty();
      }
      protocols.add(proto);
    }
    String rest = byProto[0];
    String ip = "";
    boolean v6 = false;
    int close = rest.indexOf(']');
    if (close >= 0) {
      if (!rest.startsWith("[") || rest.indexOf(']', close + 1) >= 0
          || !rest.startsWith(":", close + 1)) {
        return Optional.empty();
      }
      ip = rest.substring(1, close).toLowerCase(Locale.ROOT);
      rest = rest.substring(close + 2);
      v6 = true;
    }
    String[] parts = rest.split(":", -1);
    String host;
    String container;
    if (parts.length == 2) {
      host = parts[0];
      container = parts[1];
    } else if (parts.length == 3 && !v6) {
      ip = parts[0];
      host = parts[1];
      container = parts[2];
    } else if (parts.length == 1 && !v6) {
      host = "";
      container = parts[0];
    } else {
      return Optional.empty();
    }
    int[] c = range(container);
    if (c == null || (!ip.isEmpty() && !isAddress(ip, v6))) {
      return Optional.empty();
    }
    if (host.isEmpty()) {
      return Optional.of(List.of());
    }
    int[] h = range(host);
    if (h == null || h[1] - h[0] != c[1] - c[0]) {
      return Optional.empty();
    }
    List<PublishedPort> out = new ArrayList<>();
    for (String proto : protocols) {
      out.add(new PublishedPort(ip, proto, h[0], h[1]));
    }
    return Optional.of(List.copyOf(out));
  }

  private static int[] range(String s) {
    int dash = s.indexOf('-');
    Integer a = port(dash < 0 ? s : s.substring(0, dash));
    Integer b = dash < 0 ? a : port(s.substring(dash + 1));
    return a == null || b == null || b < a ? null : new int[] {a, b};
  }

  private static Integer port(String s) {
    if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return null;
    }
    int n = Integer.parseInt(s);
    return n >= 1 && n <= 65535 ? n : null;
  }

  private static boolean isAddress(String ip, boolean v6) {
    if (v6) {
      return ip.indexOf(':') >= 0 && ip.chars().allMatch(ch -> ch == ':' || ch == '.'
          || Character.digit(ch, 16) >= 0);
    }
    String[] octets = ip.split("\\.", -1);
    if (octets.length != 4) {
      return false;
    }
    for (String o : octets) {
      if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(ch -> ch >= '0' && ch <= '9')
          || Integer.parseInt(o) > 255) {
        return false;
      }
    }
    return true;
  }
}
