package io.tankos.bootc.fleet.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP address literals read without a name lookup: IPv4 dotted quads and IPv6 text forms. */
public final class IpAddresses {

  private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private IpAddresses() {}

  /**
   * An address literal in its canonical text form (IPv6 compressed and lower case).
   *
   * @param text the literal
   * @return the canonical form, empty when {@code text} is not an address literal
   */
  public static Optional<String> canonical(String text) {
    if (isV4(text, 0, text.length())) {
      return Optional.of(text); // a dotted quad without leading zeros is its own canonical form
    }
    if (!(text.indexOf(':') >= 0 && V6.matcher(text).matches())) {
      return Optional.empty(); // never a host name: InetAddress would look it up
    }
    try {
      return Optional.of(InetAddress.getByName(text).getHostAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /**
   * The address of a CIDR block {@code ADDRESS/PREFIX}, canonical.
   *
   * @param cidr e.g. {@code 192.0.2.10/24}
   * @return the address, empty when {@code cidr} is not an address with a prefix length in range
   */
  public static Optional<String> cidrAddress(String cidr) {
    int slash = cidr.indexOf('/');
    int prefix = slash < 0 ? -1 : prefixLength(cidr, slash + 1);
    if (prefix < 0) {
      return Optional.empty();
    }
    String address = cidr.substring(0, slash);
    return canonical(address).filter(a -> prefix <= (address.indexOf(':') >= 0 ? 128 : 32));
  }

  /**
   * Whether {@link #cidrAddress(String)} finds an address, decided for IPv4 without making one.
   *
   * @param cidr e.g. {@code 192.0.2.10/24}
   * @return whether it is an address with a prefix length in range
   */
  public static boolean isCidrAddress(String cidr) {
    int slash = cidr.indexOf('/');
    int prefix = slash < 0 ? -1 : prefixLength(cidr, slash + 1);
    if (prefix < 0) {
      return false;
    }
    return isV4(cidr, 0, slash) ? prefix <= 32 : cidrAddress(cidr).isPresent();
  }

  /** The prefix length of one to three ASCII digits from {@code from} to the end, else -1. */
  private static int prefixLength(String s, int from) {
    int n = s.length() - from;
    if (n < 1 || n > 3) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Whether {@code s[from, to)} is a dotted quad: four numbers 0 to 255 joined by {@code .}, each
   * of ASCII digits without a leading zero.
   */
  private static boolean isV4(String s, int from, int to) {
    int i = from;
    for (int part = 0; part < 4; part++) {
      if (part > 0) {
        if (i >= to || s.charAt(i) != '.') {
          return false;
        }
        i++;
      }
      int start = i;
      int value = 0;
      while (i < to && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || digits > 1 && s.charAt(start) == '0' || value > 255) {
        return false;
      }
    }
    return i == to;
  }
}
