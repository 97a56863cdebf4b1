package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link PublishedPort#parse}, which reads a {@code PublishPort=} value in place, gives the ports
 * the reading by {@code split} it replaced gives (kept here as the oracle), on values generated from
 * the pieces such a value is made of, valid and broken.
 */
class PublishedPortParseTest {

  private static final String[] PIECES = {"", "1", "80", "8080", "65535", "65536", "0", "00080", "123456",
      "80-90", "90-80", "1-2-3", "127.0.0.1", "1.2.3", "256.1.1.1", "01.2.3.4", "::1", "[::1]", "[fe80::1]",
      "[::]", "0.0.0.0", "a", "-", ":", ":", ":", "/", "tcp", "udp", "sctp", "TCP", ",", "[", "]", "."};

  private static final String[] IPS = {"", "", "", "127.0.0.1:", "[::1]:", "0.0.0.0:", "1.2.3:", "[fe80::1]", "::1:"};
  private static final String[] PORTS = {"80", "8080", "1", "65535", "65536", "0", "80-90", "90-91", "91-90", "", "a"};
  private static final String[] PROTOCOLS = {"", "", "", "/tcp", "/udp", "/tcp,udp", "/TCP", "/sctp", "/x", "/tcp/udp"};

  private static String pick(java.util.Random r, String[] pieces) {
    return pieces[r.nextInt(pieces.length)];
  }

  @Test
  void parseGivesWhatTheSplittingReadingGave() {
    Gen<String> wild = Gen.of(PIECES).list(1, 7).map(l -> String.join("", l));
    // the shape [ip:][host:]container[/protocols], with valid and broken pieces in each place
    Gen<String> structured = Gen.longs().map(seed -> {
      java.util.Random r = new java.util.Random(seed);
      String host = r.nextInt(5) == 0 ? "" : pick(r, PORTS) + ":";
      return pick(r, IPS) + host + pick(r, PORTS) + pick(r, PROTOCOLS);
    });
    Gen<String> values = Gen.oneOf(wild, structured);
    int[] parsed = new int[1];
    Seeded.cases("parseGivesWhatTheSplittingReadingGave", values).tries(200_000).check(v -> {
      Optional<List<PublishedPort>> expected = oracle(v);
      assertThat(PublishedPort.parse(v)).as(v).isEqualTo(expected);
      parsed[0] += expected.filter(l -> !l.isEmpty()).isPresent() ? 1 : 0;
    });
    assertThat(parsed[0]).as("generated values with ports").isGreaterThan(5_000);
  }

  @Test
  void anIpv6AddressHasAsciiHexDigitsOnly() {
    assertThat(PublishedPort.parse("[::1]:80:80")).isEqualTo(oracle("[::1]:80:80"))
        .hasValueSatisfying(l -> assertThat(l).isNotEmpty());
    // an Arabic-Indic one is no address: the value claims no host port
    assertThat(PublishedPort.parse("[\u0661::1]:80:80")).isEqualTo(oracle("[\u0661::1]:80:80"))
        .isNotEqualTo(PublishedPort.parse("[1::1]:80:80"));
  }

  /** The reading {@code parse} replaced (with ASCII-only IPv6 hex digits). */
  private static Optional<List<PublishedPort>> oracle(String value) {
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
      if (!rest.startsWith("[") || rest.indexOf(']', close + 1) >= 0 || !rest.startsWith(":", close + 1)) {
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
      // ASCII hex digits only (Character.digit also took other scripts' digits, as the old reading did)
      return ip.indexOf(':') >= 0 && ip.chars().allMatch(ch -> ch == ':' || ch == '.'
          || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'));
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
