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
    int slash = value.indexOf('/');
    List<String> protocols;
    String rest;
    if (slash < 0) {
      protocols = TCP; // no protocol: tcp, without splitting
      rest = value;
    } else {
      String[] byProto = value.split("/", -1);
      if (byProto.length > 2) {
        return Optional.empty();
      }
      protocols = new ArrayList<>();
      for (String p : byProto[1].split(",", -1)) {
        String proto = p.toLowerCase(Locale.ROOT);
        if (!proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp")) {
          return Optional.empty();
        }
        protocols.add(proto);
      }
      rest = byProto[0];
    }
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
    // the parts between colons, read in place: [ip:]host:container, or container alone
    int c1 = rest.indexOf(':');
    int c2 = c1 < 0 ? -1 : rest.indexOf(':', c1 + 1);
    if (c2 >= 0 && rest.indexOf(':', c2 + 1) >= 0) {
      return Optional.empty(); // four parts or more
    }
    int hostFrom;
    int hostTo;
    int containerFrom;
    if (c1 >= 0 && c2 < 0) {
      hostFrom = 0;
      hostTo = c1;
      containerFrom = c1 + 1;
    } else if (c2 >= 0 && !v6) {
      ip = rest.substring(0, c1);
      hostFrom = c1 + 1;
      hostTo = c2;
      containerFrom = c2 + 1;
    } else if (c1 < 0 && !v6) {
      hostFrom = 0;
      hostTo = 0;
      containerFrom = 0;
    } else {
      return Optional.empty();
    }
    long c = range(rest, containerFrom, rest.length());
    if (c < 0 || (!ip.isEmpty() && !isAddress(ip, v6))) {
      return Optional.empty();
    }
    if (hostFrom == hostTo) {
      return Optional.of(List.of());
    }
    long h = range(rest, hostFrom, hostTo);
    if (h < 0 || last(h) - first(h) != last(c) - first(c)) {
      return Optional.empty();
    }
    if (protocols.size() == 1) {
      return Optional.of(List.of(new PublishedPort(ip, protocols.get(0), first(h), last(h))));
    }
    List<PublishedPort> out = new ArrayList<>();
    for (String proto : protocols) {
      out.add(new PublishedPort(ip, proto, first(h), last(h)));
    }
    return Optional.of(List.copyOf(out));
  }

  private static final List<String> TCP = List.of("tcp");

  /** A range {@code N} or {@code N-M} of {@code s[from, to)} as {@code first << 32 | last}, or -1. */
  private static long range(String s, int from, int to) {
    int dash = s.indexOf('-', from);
    if (dash >= to) {
      dash = -1;
    }
    int a = port(s, from, dash < 0 ? to : dash);
    int b = dash < 0 ? a : port(s, dash + 1, to);
    return a < 0 || b < 0 || b < a ? -1 : (long) a << 32 | b;
  }

  private static int first(long range) {
    return (int) (range >>> 32);
  }

  private static int last(long range) {
    return (int) range;
  }

  /** The port {@code s[from, to)}: 1 to 5 digits within 1..65535, else -1. */
  private static int port(String s, int from, int to) {
    if (to <= from || to - from > 5) {
      return -1;
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n >= 1 && n <= 65535 ? n : -1;
  }

  private static boolean isAddress(String ip, boolean v6) {
    if (v6) {
      if (ip.indexOf(':') < 0) {
        return false;
      }
      for (int i = 0; i < ip.length(); i++) {
        char ch = ip.charAt(i);
        boolean hex = (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f'); // ASCII only
        if (ch != ':' && ch != '.' && !hex) {
          return false;
        }
      }
      return true;
    }
    int octets = 0;
    int from = 0;
    while (true) { // four dot-separated octets of 1 to 3 digits, each at most 255
      int dot = ip.indexOf('.', from);
      int to = dot < 0 ? ip.length() : dot;
      if (to == from || to - from > 3) {
        return false;
      }
      int n = 0;
      for (int i = from; i < to; i++) {
        char ch = ip.charAt(i);
        if (ch < '0' || ch > '9') {
          return false;
        }
        n = n * 10 + (ch - '0');
      }
      if (n > 255) {
        return false;
      }
      octets++;
      if (dot < 0) {
        return octets == 4;
      }
      if (octets == 4) {
        return false;
      }
      from = dot + 1;
    }
  }
}
