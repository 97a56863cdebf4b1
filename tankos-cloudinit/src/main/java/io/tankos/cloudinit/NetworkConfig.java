package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Raw;
import io.tankos.cloudinit.internal.Yaml11;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.Problems;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The NoCloud {@code network-config} file, version 1 (a list of {@code config} entries) or version 2
 * (the Netplan subset: {@code ethernets}, {@code bonds}, {@code bridges}, {@code vlans}).
 *
 * <pre>{@code
 * NetworkConfig v2 = NetworkConfig.v2()
 *     .ethernetDhcp("eth0", "en*")
 *     .build();
 * NetworkConfig v1 = NetworkConfig.v1()
 *     .physicalStatic("eth0", "52:54:00:12:34:56", "192.0.2.10/24", "192.0.2.1", List.of("192.0.2.53"))
 *     .build();
 * }</pre>
 */
public final class NetworkConfig {

  private static final Pattern MAC = Pattern.compile("([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}");
  private final Map<String, Object> values;

  /**
   * Whether a text is a device name: 1 to 15 of {@code A-Z a-z 0-9 _ . : -}, read by hand (the
   * pattern's matcher cost more than the rest of a small config's checks).
   */
  static boolean isDeviceName(String s) {
    int n = s.length();
    if (n < 1 || n > 15) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
          || c == '.' || c == ':' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private NetworkConfig(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * A builder for version 2 (Netplan subset).
   *
   * @return a builder
   */
  public static Builder v2() {
    return new Builder(2);
  }

  /**
   * A builder for version 1.
   *
   * @return a builder
   */
  public static Builder v1() {
    return new Builder(1);
  }

  /**
   * Parses a network-config file (bare or wrapped in {@code network:}). Characters PyYAML
   * refuses are refused with line and column; the YAML limits of {@link CloudInitLimits} apply.
   *
   * @param source name for messages
   * @param text YAML
   * @return the config
   * @throws ParseException when it is not a mapping with version 1 or 2
   */
  public static NetworkConfig parse(String source, String text) {
    Map<String, Object> values = Yaml11.loadMapping(source, text, "network-config");
    Object inner = values.get("network") instanceof Map<?, ?> n ? n : values;
    Object version = ((Map<?, ?>) inner).get("version");
    if (!(Integer.valueOf(1).equals(version) || Integer.valueOf(2).equals(version))) {
      throw new ParseException(source, 0, "network-config needs version: 1 or version: 2");
    }
    return new NetworkConfig(values);
  }

  /**
   * The format version.
   *
   * @return 1 or 2
   */
  public int version() {
    Object inner = values.get("network") instanceof Map<?, ?> n ? n : values;
    return ((Number) ((Map<?, ?>) inner).get("version")).intValue();
  }

  /**
   * The raw values.
   *
   * @return unmodifiable map
   */
  public Map<String, Object> values() {
    return values;
  }

  /**
   * The YAML text.
   *
   * @return the text
   */
  public String render() {
    return Yaml11.dump(values);
  }

  /** The text of {@link #render()} handed to {@code to}, which must not keep it (nor return null). */
  <T> T render(java.util.function.Function<? super CharSequence, T> to) {
    return Yaml11.dump("", values, to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetworkConfig n && n.render().equals(render());
  }

  @Override
  public int hashCode() {
    return render().hashCode();
  }

  @Override
  public String toString() {
    return render();
  }

  /** Mutable builder. */
  public static final class Builder {
    private final int version;
    private Map<String, Object> ethernets = new LinkedHashMap<>(4);
    /** Whether a built config holds {@link #ethernets}: the next change is made on a copy. */
    private boolean built;
    private final List<Object> config = new ArrayList<>();
    private final Problems problems = new Problems();
    /**
     * Whether every ethernet was made by {@link #ethernetStatic} from strings a copy finds nothing
     * in: unmodifiable all through and never changed, so each config built shares them.
     */
    private boolean sealed = true;

    private Builder(int version) {
      this.version = version;
    }

    private static String notDevice(String name) {
      return "'" + name + "' is not a device name (1 to 15 characters)";
    }

    /**
     * Version 2: an ethernet configured by DHCPv4.
     *
     * @param id the config id (also the device name when no match is given)
     * @param matchName interface name glob to match, or null
     * @return this builder
     */
    public Builder ethernetDhcp(String id, String matchName) {
      Map<String, Object> e = new LinkedHashMap<>();
      if (matchName != null) {
        e.put("match", Map.of("name", matchName));
      }
      e.put("dhcp4", true);
      return ethernet(id, e);
    }

    /**
     * Version 2: an ethernet with a static address.
     *
     * @param id the device name
     * @param address CIDR address, e.g. {@code 192.0.2.10/24}
     * @param gateway default gateway, or null
     * @param dns name servers
     * @return this builder
     */
    public Builder ethernetStatic(String id, String address, String gateway, List<String> dns) {
      return ethernetStatic(id, null, address, gateway, dns);
    }

    /**
     * Version 2: an ethernet with a static address, matched to a device by its {@code match}
     * settings (written first), e.g. {@code {macaddress: 52:54:00:12:34:56}} or {@code {name:
     * e*}}.
     *
     * @param id the config id
     * @param match the match settings, or null for none (the id is the device name)
     * @param address CIDR address, e.g. {@code 192.0.2.10/24}
     * @param gateway default gateway, or null
     * @param dns name servers
     * @return this builder
     */
    public Builder ethernetStatic(String id, Map<String, String> match, String address,
        String gateway, List<String> dns) {
      Objects.requireNonNull(address); // as List.of(address) refused it
      List<String> servers = dns.isEmpty() ? List.of() : nonNullCopy(dns);
      boolean clean = clean(address) && (gateway == null || clean(gateway));
      Map<String, Object> e = new LinkedHashMap<>(gateway != null && !servers.isEmpty() ? 8 : 4);
      if (match != null && match.size() == 1) {
        Map.Entry<?, ?> only = match.entrySet().iterator().next();
        clean &= isCleanEntry(only);
        e.put("match", Collections.singletonMap(only.getKey(), only.getValue()));
      } else if (match != null) {
        Map<Object, Object> m = new LinkedHashMap<>(4);
        for (Map.Entry<?, ?> x : match.entrySet()) {
          clean &= isCleanEntry(x);
          m.put(x.getKey(), x.getValue());
        }
        e.put("match", Collections.unmodifiableMap(m));
      }
      e.put("addresses", Collections.singletonList(address));
      if (gateway != null) {
        Map<String, Object> route = new LinkedHashMap<>(4);
        route.put("to", "default");
        route.put("via", gateway);
        e.put("routes", Collections.singletonList(Collections.unmodifiableMap(route)));
      }
      if (!servers.isEmpty()) {
        clean &= servers.stream().allMatch(Builder::clean);
        e.put("nameservers", Collections.singletonMap("addresses", Collections.unmodifiableList(servers)));
      }
      sealed &= clean;
      return put(id, Collections.unmodifiableMap(e));
    }

    /**
     * The one copy of the name servers: a list as a copy of the config holds, refusing a null
     * server as {@code List.copyOf} did (a {@link NullPointerException} without a message).
     */
    private static List<String> nonNullCopy(List<String> dns) {
      List<String> copy = new ArrayList<>(dns);
      for (int i = 0; i < copy.size(); i++) {
        Objects.requireNonNull(copy.get(i));
      }
      return copy;
    }

    private static boolean isCleanEntry(Map.Entry<?, ?> x) {
      return x.getKey() instanceof String k && clean(k) && x.getValue() instanceof String v && clean(v);
    }

    /**
     * Whether a copy finds no problem in a string of an ethernet this builder makes: no lone
     * surrogate, and short enough that neither it nor a key as long can reach {@link
     * CloudInitLimits#MAX_YAML_LINE_LENGTH} at any depth an ethernet's values have (six columns a
     * character at most, four a level).
     */
    private static boolean clean(String s) {
      return s.length() <= CloudInitLimits.MAX_YAML_LINE_LENGTH / 16 && Utf8.firstLoneSurrogate(s) < 0;
    }

    /**
     * Version 2: an ethernet with raw Netplan settings.
     *
     * @param id the config id
     * @param settings the settings
     * @return this builder
     */
    public Builder ethernet(String id, Map<String, Object> settings) {
      sealed = false; // the caller's map: the config gets a copy
      return put(id, settings);
    }

    private Builder put(String id, Map<String, Object> settings) {
      Objects.requireNonNull(id, "name");
      boolean device = isDeviceName(id);
      if (version != 2 || !device) { // the location only for a problem
        Location at = Location.of("ethernets").child(id);
        if (version != 2) {
          problems.add(at, "ethernets need version 2");
        }
        if (!device) {
          problems.add(at, notDevice(id));
        }
      }
      if (built) {
        ethernets = new LinkedHashMap<>(ethernets);
        built = false;
      }
      ethernets.put(id, settings);
      return this;
    }

    /**
     * Version 1: a physical interface configured by DHCP.
     *
     * @param name device name
     * @param macAddress MAC address, or null
     * @return this builder
     */
    public Builder physicalDhcp(String name, String macAddress) {
      return physical(name, macAddress, List.of(Map.of("type", "dhcp")));
    }

    /**
     * Version 1: a physical interface with a static address.
     *
     * @param name device name
     * @param macAddress MAC address, or null
     * @param address CIDR address
     * @param gateway gateway or null
     * @param dns name servers
     * @return this builder
     */
    public Builder physicalStatic(String name, String macAddress, String address, String gateway,
        List<String> dns) {
      Map<String, Object> subnet = new LinkedHashMap<>();
      subnet.put("type", "static");
      subnet.put("address", address);
      if (gateway != null) {
        subnet.put("gateway", gateway);
      }
      if (!dns.isEmpty()) {
        subnet.put("dns_nameservers", List.copyOf(dns));
      }
      return physical(name, macAddress, List.of(subnet));
    }

    private Builder physical(String name, String mac, List<Object> subnets) {
      Location at = Location.of("config").index(config.size());
      if (version != 1) {
        problems.add(at, "physical entries need version 1");
      }
      Location device = at.child("name");
      if (!isDeviceName(name)) {
        problems.add(device, notDevice(name));
      }
      if (version == 2) {
        problems.add(device, "version 1 entry in a version 2 config");
      }
      if (mac != null && !MAC.matcher(mac).matches()) {
        problems.add(at.child("mac_address"), "'" + mac + "' is not a MAC address");
      }
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("type", "physical");
      e.put("name", name);
      if (mac != null) {
        e.put("mac_address", mac.toLowerCase(java.util.Locale.ROOT));
      }
      e.put("subnets", subnets);
      config.add(e);
      return this;
    }

    /**
     * Builds the config.
     *
     * @return the config
     * @throws io.tankos.core.validation.ValidationException for invalid names or mixed versions
     */
    public NetworkConfig build() {
      if (version == 2 && sealed && problems.isEmpty()) {
        // what a copy would make: new mappings around the shared ethernets, nothing to report
        Map<String, Object> m = new LinkedHashMap<>(4);
        m.put("version", version);
        if (!ethernets.isEmpty()) {
          m.put("ethernets", Collections.unmodifiableMap(ethernets));
          built = true;
        }
        return new NetworkConfig(Collections.unmodifiableMap(m));
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("version", version);
      if (version == 2) {
        if (!ethernets.isEmpty()) {
          m.put("ethernets", ethernets);
        }
      } else {
        m.put("config", config);
      }
      Problems all = new Problems();
      problems.list().forEach(all::add);
      @SuppressWarnings("unchecked")
      Map<String, Object> copy = (Map<String, Object>) Raw.copy(m, Location.ROOT, all);
      all.throwIfAny();
      return new NetworkConfig(Objects.requireNonNull(copy));
    }
  }
}
