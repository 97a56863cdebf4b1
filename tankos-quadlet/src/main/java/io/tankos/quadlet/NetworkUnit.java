package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import java.util.List;
import java.util.Map;

/**
 * A {@code .network} Quadlet unit ({@code [Network]} section; Quadlet runs {@code podman network create}). Every key of the
 * section has a typed builder method; plain {@code String} values are literal, {@link SystemdValue}
 * lets systemd expand specifiers. Generated from the Quadlet key catalog ({@link QuadletKeys}).
 *
 * <pre>{@code
 * NetworkUnit net = NetworkUnit.builder("web").subnet("10.89.10.0/24").gateway("10.89.10.1").build();
 * }</pre>
 */
public final class NetworkUnit extends QuadletUnit {

  NetworkUnit(String name, UnitFile file, PodmanVersion version) {
    super(UnitType.NETWORK, name, file, version);
  }

  /**
   * A builder for {@code NAME.network}.
   *
   * @param name the unit name without extension: {@code web}, a template {@code web@}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name, null, null);
  }

  /**
   * Parses a {@code .network} file (strictly: unknown keys are errors).
   *
   * @param fileName the file name, ending in {@code .network}
   * @param text the content
   * @return the unit
   * @throws ParseException {@code FILE:LINE: reason}
   */
  public static NetworkUnit parse(String fileName, String text) {
    if (QuadletUnit.parse(fileName, text) instanceof NetworkUnit u) {
      return u;
    }
    throw new ParseException(fileName, 0, "not a .network file");
  }

  /**
   * A builder holding this unit's content (kept as written) and target version.
   *
   * @return a pre-filled builder
   */
  @Override
  public Builder toBuilder() {
    return new Builder(name(), toUnitFile(), podmanVersion());
  }

  /** Builder of {@link NetworkUnit}; not thread-safe. */
  public static final class Builder extends UnitBuilder<NetworkUnit, Builder> {
    Builder(String name, UnitFile base, PodmanVersion version) {
      super(UnitType.NETWORK, name, base, version);
    }

    @Override
    NetworkUnit create(String name, UnitFile file, PodmanVersion version) {
      return new NetworkUnit(name, file, version);
    }

    /**
     * {@code ContainersConfModule=}: path: containers.conf module (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --module=/etc/nvd.conf}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder containersConfModule(String value) {
      return quadlet("ContainersConfModule", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code ContainersConfModule=}: path: containers.conf module (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --module=/etc/nvd.conf}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder containersConfModule(SystemdValue value) {
      return quadlet("ContainersConfModule", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code DisableDNS=}: bool (Podman 4.4+).
     * Podman: {@code --disable-dns}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder disableDns(boolean value) {
      return quadletBool("DisableDNS", value);
    }

    /**
     * {@code DNS=}: string: IP address (Podman 4.7+; repeatable, each call adds a line).
     * Podman: {@code --dns=192.168.55.1}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder dns(String value) {
      return quadlet("DNS", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code DNS=}: string: IP address (Podman 4.7+; repeatable, each call adds a line).
     * Podman: {@code --dns=192.168.55.1}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder dns(SystemdValue value) {
      return quadlet("DNS", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code Driver=}: enum{bridge,macvlan,ipvlan} (Podman 4.4+).
     * Podman: {@code --driver bridge}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder driver(NetworkDriver value) {
      return quadletSingle("Driver", SystemdValue.literal(value.token()));
    }

    /**
     * {@code Gateway=}: string: IP address (one per Subnet) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --gateway 192.168.55.3}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder gateway(String value) {
      return quadlet("Gateway", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code Gateway=}: string: IP address (one per Subnet) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --gateway 192.168.55.3}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder gateway(SystemdValue value) {
      return quadlet("Gateway", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code GlobalArgs=}: args: podman global options (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --log-level=debug}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder globalArgs(String... words) {
      return quadlet("GlobalArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code GlobalArgs=}: args: podman global options (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --log-level=debug}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder globalArgs(List<SystemdValue> words) {
      return quadlet("GlobalArgs", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code InterfaceName=}: string: interface name (Podman 5.6+).
     * Podman: {@code --interface-name enp1}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder interfaceName(String value) {
      return quadletSingle("InterfaceName", SystemdValue.literal(value));
    }

    /**
     * {@code InterfaceName=}: string: interface name (Podman 5.6+).
     * Podman: {@code --interface-name enp1}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder interfaceName(SystemdValue value) {
      return quadletSingle("InterfaceName", value);
    }

    /**
     * {@code Internal=}: bool (Podman 4.4+).
     * Podman: {@code --internal}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder internal(boolean value) {
      return quadletBool("Internal", value);
    }

    /**
     * {@code IPAMDriver=}: enum{host-local,dhcp,none} (Podman 4.4+).
     * Podman: {@code --ipam-driver dhcp}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder ipamDriver(IpamDriver value) {
      return quadletSingle("IPAMDriver", SystemdValue.literal(value.token()));
    }

    /**
     * {@code IPRange=}: string: CIDR or startIP-endIP (one per Subnet) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --ip-range 192.168.55.128/25}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder ipRange(String value) {
      return quadlet("IPRange", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code IPRange=}: string: CIDR or startIP-endIP (one per Subnet) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --ip-range 192.168.55.128/25}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder ipRange(SystemdValue value) {
      return quadlet("IPRange", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code IPv6=}: bool (Podman 4.4+).
     * Podman: {@code --ipv6}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder ipv6(boolean value) {
      return quadletBool("IPv6", value);
    }

    /**
     * {@code Label=}: keyvals: KEY=VALUE ... (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --label "XYZ"}.
     *
     * @param name the name
     * @param value the value, literal
     * @return this builder
     */
    public Builder label(String name, String value) {
      return quadletKeyValue("Label", name, SystemdValue.literal(value));
    }

    /**
     * {@code Label=}: keyvals: KEY=VALUE ... (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --label "XYZ"}.
     *
     * @param name the name
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder label(String name, SystemdValue value) {
      return quadletKeyValue("Label", name, value);
    }

    /**
     * {@code Label=}: keyvals: KEY=VALUE ... (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --label "XYZ"}.
     *
     * @param values names and literal values, in the map's iteration order
     * @return this builder
     */
    public Builder label(Map<String, String> values) {
      values.forEach((n, v) -> quadletKeyValue("Label", n, SystemdValue.literal(v)));
      return this;
    }

    /**
     * {@code NetworkDeleteOnStop=}: bool (default false) (Podman 5.5+).
     * Podman: {@code Add ExecStopPost to delete the network when the unit is stopped}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder networkDeleteOnStop(boolean value) {
      return quadletBool("NetworkDeleteOnStop", value);
    }

    /**
     * {@code NetworkName=}: string: network name (default systemd-&lt;unit&gt;) (Podman 4.7+).
     * Podman: {@code podman network create foo}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder networkName(String value) {
      return quadletSingle("NetworkName", SystemdValue.literal(value));
    }

    /**
     * {@code NetworkName=}: string: network name (default systemd-&lt;unit&gt;) (Podman 4.7+).
     * Podman: {@code podman network create foo}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder networkName(SystemdValue value) {
      return quadletSingle("NetworkName", value);
    }

    /**
     * {@code Options=}: keyvals: KEY=VALUE ... (driver options) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --opt isolate=true}.
     *
     * @param name the name
     * @param value the value, literal
     * @return this builder
     */
    public Builder options(String name, String value) {
      return quadletKeyValue("Options", name, SystemdValue.literal(value));
    }

    /**
     * {@code Options=}: keyvals: KEY=VALUE ... (driver options) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --opt isolate=true}.
     *
     * @param name the name
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder options(String name, SystemdValue value) {
      return quadletKeyValue("Options", name, value);
    }

    /**
     * {@code Options=}: keyvals: KEY=VALUE ... (driver options) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --opt isolate=true}.
     *
     * @param values names and literal values, in the map's iteration order
     * @return this builder
     */
    public Builder options(Map<String, String> values) {
      values.forEach((n, v) -> quadletKeyValue("Options", n, SystemdValue.literal(v)));
      return this;
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --dns=192.168.55.1}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder podmanArgs(String... words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --dns=192.168.55.1}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder podmanArgs(List<SystemdValue> words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code ServiceName=}: string: service unit name without .service (Podman 5.3+).
     * Podman: {@code Name the systemd unit `name.service`}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder serviceName(String value) {
      return quadletSingle("ServiceName", SystemdValue.literal(value));
    }

    /**
     * {@code ServiceName=}: string: service unit name without .service (Podman 5.3+).
     * Podman: {@code Name the systemd unit `name.service`}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder serviceName(SystemdValue value) {
      return quadletSingle("ServiceName", value);
    }

    /**
     * {@code Subnet=}: string: CIDR (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --subnet 192.5.0.0/16}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder subnet(String value) {
      return quadlet("Subnet", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code Subnet=}: string: CIDR (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --subnet 192.5.0.0/16}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder subnet(SystemdValue value) {
      return quadlet("Subnet", ValueKind.VERBATIM_LIST, List.of(value));
    }
  }
}
