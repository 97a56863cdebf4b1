package io.tankos.bootc.fleet;

import io.tankos.bootc.fleet.internal.IpAddresses;
import io.tankos.bootc.image.Provisioning;
import io.tankos.cloudinit.NetworkConfig;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One machine of a {@link Fleet}: its host name, cloud-init instance id, the agent user's SSH keys,
 * which of the image's agent instances it runs, an optional static address (rendered as {@code
 * network-config} version 2, matched by MAC address when one is given) and labels. Host name,
 * instance id and keys follow {@link Provisioning}'s rules (the instance id defaults to {@code
 * HOSTNAME-local}).
 *
 * <pre>{@code
 * FleetHost host = FleetHost.builder("tank-01")
 *     .sshAuthorizedKey("ssh-ed25519 AAAAC3... admin@laptop")
 *     .instances("work")
 *     .mac("52:54:00:12:34:56")
 *     .address("192.0.2.11/24").gateway("192.0.2.1").dns("192.0.2.53")
 *     .label("site", "lab")
 *     .build();
 * }</pre>
 */
public final class FleetHost {
  private static final Location AT = Location.of("FleetHost");
  /** The match of a static address without a MAC address: any ethernet. */
  private static final Map<String, String> ANY_ETHERNET = Map.of("name", "e*");
  private static final Pattern MAC = Pattern.compile("([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}");
  private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)");
  private static final Pattern LABEL_PREFIX = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
  private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?");

  private final Provisioning provisioning;
  private final List<String> instances;
  private final String mac;
  private final String address;
  private final String gateway;
  private final List<String> dns;
  private final Map<String, String> labels;

  private FleetHost(Builder b, Provisioning provisioning) {
    this.provisioning = provisioning;
    this.instances = List.copyOf(b.instances);
    this.mac = b.mac == null ? null : b.mac.toLowerCase(Locale.ROOT);
    this.address = b.address;
    this.gateway = b.gateway;
    this.dns = List.copyOf(b.dns);
    this.labels = b.labels.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.labels));
  }

  /**
   * A builder for a host.
   *
   * @param hostname the host name (also the name of its output directory)
   * @return the builder
   */
  public static Builder builder(String hostname) {
    return new Builder(hostname);
  }

  /**
   * A builder holding these values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(hostname()).instanceId(instanceId());
    sshAuthorizedKeys().forEach(b::sshAuthorizedKey);
    b.instances.addAll(instances);
    b.mac = mac;
    b.address = address;
    b.gateway = gateway;
    b.dns.addAll(dns);
    b.labels.putAll(labels);
    return b;
  }

  /**
   * The host name.
   *
   * @return e.g. {@code tank-01}
   */
  public String hostname() {
    return provisioning.hostname();
  }

  /**
   * The cloud-init instance id.
   *
   * @return e.g. {@code tank-01-local}
   */
  public String instanceId() {
    return provisioning.instanceId();
  }

  /**
   * The agent user's SSH public keys.
   *
   * @return unmodifiable list, never empty
   */
  public List<String> sshAuthorizedKeys() {
    return provisioning.sshAuthorizedKeys();
  }

  /**
   * Host name, instance id and keys as the image's seed takes them.
   *
   * @return the provisioning
   */
  public Provisioning provisioning() {
    return provisioning;
  }

  /**
   * The names of the image's agent instances this host runs; empty means all of them.
   *
   * @return unmodifiable list in the order given
   */
  public List<String> instances() {
    return instances;
  }

  /**
   * The MAC address of the interface the static address goes to.
   *
   * @return lower case, if given
   */
  public Optional<String> mac() {
    return Optional.ofNullable(mac);
  }

  /**
   * The static address in CIDR form.
   *
   * @return e.g. {@code 192.0.2.11/24}, if given
   */
  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  /**
   * The default gateway of the static address.
   *
   * @return the gateway, if given
   */
  public Optional<String> gateway() {
    return Optional.ofNullable(gateway);
  }

  /**
   * The name servers of the static address.
   *
   * @return unmodifiable list
   */
  public List<String> dns() {
    return dns;
  }

  /**
   * Labels (Kubernetes label syntax), for selecting hosts; they are not part of the seed.
   *
   * @return unmodifiable map in insertion order
   */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * The {@code network-config} (version 2) of the static address: one ethernet matched by the MAC
   * address, or by the name pattern {@code e*} without one.
   *
   * @return the network config, empty when the host uses DHCP
   */
  public Optional<NetworkConfig> networkConfig() {
    if (address == null) {
      return Optional.empty();
    }
    return Optional.of(NetworkConfig.v2().ethernetStatic("primary",
        mac != null ? Map.of("macaddress", mac) : ANY_ETHERNET, address, gateway, dns).build());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FleetHost h && h.provisioning.equals(provisioning) && h.instances.equals(instances)
        && Objects.equals(h.mac, mac) && Objects.equals(h.address, address) && Objects.equals(h.gateway, gateway)
        && h.dns.equals(dns) && h.labels.equals(labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provisioning, instances, mac, address, gateway, dns, labels);
  }

  @Override
  public String toString() {
    return "FleetHost[" + hostname() + ", " + instanceId() + ", " + sshAuthorizedKeys().size() + " keys"
        + (instances.isEmpty() ? "" : ", instances " + instances) + (address == null ? "" : ", " + address) + "]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final String hostname;
    private String instanceId;
    private final List<String> keys = new ArrayList<>(1); // mostly one
    private final List<String> instances = new ArrayList<>();
    private String mac;
    private String address;
    private String gateway;
    private final List<String> dns = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    private Builder(String hostname) {
      this.hostname = Objects.requireNonNull(hostname, "hostname");
    }

    /**
     * The instance id (default {@code HOSTNAME-local}); it must be the host name or start with
     * {@code HOSTNAME-}.
     *
     * @param value the id
     * @return this builder
     */
    public Builder instanceId(String value) {
      this.instanceId = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Adds an SSH public key of the agent user.
     *
     * @param key one {@code authorized_keys} line
     * @return this builder
     */
    public Builder sshAuthorizedKey(String key) {
      keys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /**
     * Adds agent instances this host runs (names of the image's instances); none means all.
     *
     * @param names instance names
     * @return this builder
     */
    public Builder instances(String... names) {
      for (String n : names) {
        instances.add(Objects.requireNonNull(n, "names"));
      }
      return this;
    }

    /**
     * The MAC address of the interface the static address is configured on.
     *
     * @param value e.g. {@code 52:54:00:12:34:56}
     * @return this builder
     */
    public Builder mac(String value) {
      this.mac = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * A static address in CIDR form.
     *
     * @param value e.g. {@code 192.0.2.11/24}
     * @return this builder
     */
    public Builder address(String value) {
      this.address = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The default gateway of the static address.
     *
     * @param value an address literal
     * @return this builder
     */
    public Builder gateway(String value) {
      this.gateway = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Adds name servers of the static address.
     *
     * @param values address literals
     * @return this builder
     */
    public Builder dns(String... values) {
      for (String v : values) {
        dns.add(Objects.requireNonNull(v, "values"));
      }
      return this;
    }

    /**
     * Sets a label; a later value for the same name replaces the earlier one.
     *
     * @param name label name, optionally with a DNS prefix ({@code example.com/site})
     * @param value label value
     * @return this builder
     */
    public Builder label(String name, String value) {
      labels.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds and checks the host.
     *
     * @return the host
     * @throws ValidationException at {@code FleetHost.hostname}, {@code .instanceId}, {@code
     *     .sshAuthorizedKeys[i]} (the key is not shown), {@code .instances[i]}, {@code .mac},
     *     {@code .address}, {@code .gateway}, {@code .dns[i]} or {@code .labels.NAME}
     */
    public FleetHost build() {
      Problems problems = new Problems();
      Provisioning provisioning = provisioning(problems);
      checkInstances(problems);
      if (mac != null && !MAC.matcher(mac).matches()) {
        problems.add(AT.child("mac"), "not a MAC address (six hex pairs joined by ':')");
      }
      checkNetwork(problems);
      labels.forEach((k, v) -> checkLabel(k, v, problems));
      problems.throwIfAny();
      return new FleetHost(this, provisioning);
    }

    private Provisioning provisioning(Problems problems) {
      Provisioning.Builder p = Provisioning.builder().hostname(hostname);
      if (instanceId != null) {
        p.instanceId(instanceId);
      }
      keys.forEach(p::sshAuthorizedKey);
      try {
        Provisioning built = p.build();
        if (built.sshAuthorizedKeys().isEmpty()) {
          problems.add(AT.child("sshAuthorizedKeys"), "no SSH public key (the agent user's password is locked)");
        }
        return built;
      } catch (ValidationException e) {
        for (Problem x : e.problems()) {
          problems.add(Location.of(AT.path() + x.location().path().substring("Provisioning".length())), x.message());
        }
        return null;
      }
    }

    private void checkInstances(Problems problems) {
      if (instances.isEmpty()) {
        return;
      }
      LinkedHashSet<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < instances.size(); i++) {
        String n = instances.get(i);
        if (n.isEmpty()) {
          problems.add(AT.child("instances").index(i), "empty instance name");
        } else if (!seen.add(n)) {
          problems.add(AT.child("instances").index(i), "selected twice");
        }
      }
    }

    private void checkNetwork(Problems problems) {
      if (address == null) {
        if (gateway != null || !dns.isEmpty()) {
          problems.add(AT.child(gateway != null ? "gateway" : "dns"), "needs a static address");
        }
        return;
      }
      if (!IpAddresses.isCidrAddress(address)) {
        problems.add(AT.child("address"), "not an address with a prefix length (e.g. 192.0.2.11/24)");
      }
      if (gateway != null && IpAddresses.canonical(gateway).isEmpty()) {
        problems.add(AT.child("gateway"), "not an IP address");
      }
      for (int i = 0; i < dns.size(); i++) {
        if (IpAddresses.canonical(dns.get(i)).isEmpty()) {
          problems.add(AT.child("dns").index(i), "not an IP address");
        }
      }
    }

    private static void checkLabel(String name, String value, Problems problems) {
      Location at = AT.child("labels").child(name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? "(invalid)" : name);
      int slash = name.indexOf('/');
      String prefix = slash < 0 ? null : name.substring(0, slash);
      String local = slash < 0 ? name : name.substring(slash + 1);
      if (!LABEL_NAME.matcher(local).matches() || (prefix != null && !LABEL_PREFIX.matcher(prefix).matches())) {
        problems.add(at, "not a label name ([PREFIX/]NAME, NAME up to 63 letters, digits, '-', '_', '.')");
      } else if (!LABEL_VALUE.matcher(value).matches()) {
        problems.add(at, "not a label value (up to 63 letters, digits, '-', '_', '.', alphanumeric at both ends)");
      }
    }
  }
}
