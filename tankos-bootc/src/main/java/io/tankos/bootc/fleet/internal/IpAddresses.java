package io.tankos.bootc.fleet.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP address literals read without a name lookup: IPv4 dotted quads and IPv6 text forms. */
public final class IpAddresses {

  private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");
  private static final Pattern V4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private IpAddresses() {}

  /**
   * An address literal in its canonical text form (IPv6 compressed and lower case).
   *
   * @param text the literal
   * @return the canonical form, empty when {@code text} is not an address literal
   */
  public static Optional<String> canonical(String text) {
    if (V4.matcher(text).matches()) {
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
    if (slash < 0 || !PREFIX.matcher(cidr).region(slash + 1, cidr.length()).matches()) {
      return Optional.empty();
    }
    int prefix = Integer.parseInt(cidr.substring(slash + 1));
    String address = cidr.substring(0, slash);
    return canonical(address).filter(a -> prefix <= (address.indexOf(':') >= 0 ? 128 : 32));
  }
}
