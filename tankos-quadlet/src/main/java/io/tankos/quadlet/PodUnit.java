package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import java.util.List;
import java.util.Map;

/**
 * A {@code .pod} Quadlet unit ({@code [Pod]} section; Quadlet runs {@code podman pod create}). Every key of the
 * section has a typed builder method; plain {@code String} values are literal, {@link SystemdValue}
 * lets systemd expand specifiers. Generated from the Quadlet key catalog ({@link QuadletKeys}).
 *
 * <pre>{@code
 * PodUnit pod = PodUnit.builder("app").publishPort("8080:80").build();
 * }</pre>
 */
public final class PodUnit extends QuadletUnit {

  PodUnit(String name, UnitFile file, PodmanVersion version) {
    super(UnitType.POD, name, file, version);
  }

  /**
   * A builder for {@code NAME.pod}.
   *
   * @param name the unit name without extension: {@code web}, a template {@code web@}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name, null, null);
  }

  /**
   * Parses a {@code .pod} file (strictly: unknown keys are errors).
   *
   * @param fileName the file name, ending in {@code .pod}
   * @param text the content
   * @return the unit
   * @throws ParseException {@code FILE:LINE: reason}
   */
  public static PodUnit parse(String fileName, String text) {
    if (QuadletUnit.parse(fileName, text) instanceof PodUnit u) {
      return u;
    }
    throw new ParseException(fileName, 0, "not a .pod file");
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

  /** Builder of {@link PodUnit}; not thread-safe. */
  public static final class Builder extends UnitBuilder<PodUnit, Builder> {
    Builder(String name, UnitFile base, PodmanVersion version) {
      super(UnitType.POD, name, base, version);
    }

    @Override
    PodUnit create(String name, UnitFile file, PodmanVersion version) {
      return new PodUnit(name, file, version);
    }

    /**
     * {@code AddHost=}: string: hostname:ip (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --add-host example.com:192.168.10.11}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder addHost(String value) {
      return quadlet("AddHost", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code AddHost=}: string: hostname:ip (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --add-host example.com:192.168.10.11}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder addHost(SystemdValue value) {
      return quadlet("AddHost", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code ContainersConfModule=}: path: containers.conf module (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --module=/etc/nvd.conf}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder containersConfModule(String value) {
      return quadlet("ContainersConfModule", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code ContainersConfModule=}: path: containers.conf module (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --module=/etc/nvd.conf}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder containersConfModule(SystemdValue value) {
      return quadlet("ContainersConfModule", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code DNS=}: string: IP address (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --dns=192.168.55.1}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder dns(String value) {
      return quadlet("DNS", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code DNS=}: string: IP address (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --dns=192.168.55.1}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder dns(SystemdValue value) {
      return quadlet("DNS", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code DNSOption=}: string: resolv.conf option (e.g. ndots:1) (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --dns-option=ndots:1}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder dnsOption(String value) {
      return quadlet("DNSOption", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code DNSOption=}: string: resolv.conf option (e.g. ndots:1) (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --dns-option=ndots:1}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder dnsOption(SystemdValue value) {
      return quadlet("DNSOption", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code DNSSearch=}: string: domain ("." removes search domain) (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --dns-search example.com}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder dnsSearch(String value) {
      return quadlet("DNSSearch", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code DNSSearch=}: string: domain ("." removes search domain) (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --dns-search example.com}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder dnsSearch(SystemdValue value) {
      return quadlet("DNSSearch", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code ExitPolicy=}: enum{continue,stop} (quadlet default stop) (Podman 5.6+).
     * Podman: {@code --exit-policy stop}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder exitPolicy(PodExitPolicy value) {
      return quadletSingle("ExitPolicy", SystemdValue.literal(value.token()));
    }

    /**
     * {@code GIDMap=}: words: CONTAINER_GID:HOST_GID:AMOUNT (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --gidmap=0:10000:10}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder gidMap(String... words) {
      return quadlet("GIDMap", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code GIDMap=}: words: CONTAINER_GID:HOST_GID:AMOUNT (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --gidmap=0:10000:10}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder gidMap(List<SystemdValue> words) {
      return quadlet("GIDMap", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code GlobalArgs=}: args: podman global options (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --log-level=debug}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder globalArgs(String... words) {
      return quadlet("GlobalArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code GlobalArgs=}: args: podman global options (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --log-level=debug}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder globalArgs(List<SystemdValue> words) {
      return quadlet("GlobalArgs", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code HostName=}: string: hostname (Podman 5.5+; repeatable, each call adds a line).
     * Podman: {@code --hostname=name}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder hostName(String value) {
      return quadlet("HostName", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code HostName=}: string: hostname (Podman 5.5+; repeatable, each call adds a line).
     * Podman: {@code --hostname=name}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder hostName(SystemdValue value) {
      return quadlet("HostName", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code IP=}: string: IPv4 address (Podman 5.3+).
     * Podman: {@code --ip 192.5.0.1}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder ip(String value) {
      return quadletSingle("IP", SystemdValue.literal(value));
    }

    /**
     * {@code IP=}: string: IPv4 address (Podman 5.3+).
     * Podman: {@code --ip 192.5.0.1}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder ip(SystemdValue value) {
      return quadletSingle("IP", value);
    }

    /**
     * {@code IP6=}: string: IPv6 address (Podman 5.3+).
     * Podman: {@code --ip6 2001:db8::1}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder ip6(String value) {
      return quadletSingle("IP6", SystemdValue.literal(value));
    }

    /**
     * {@code IP6=}: string: IPv6 address (Podman 5.3+).
     * Podman: {@code --ip6 2001:db8::1}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder ip6(SystemdValue value) {
      return quadletSingle("IP6", value);
    }

    /**
     * {@code Label=}: keyvals: KEY=VALUE ... (Podman 5.6+; repeatable, each call adds a line).
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
     * {@code Label=}: keyvals: KEY=VALUE ... (Podman 5.6+; repeatable, each call adds a line).
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
     * {@code Label=}: keyvals: KEY=VALUE ... (Podman 5.6+; repeatable, each call adds a line).
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
     * {@code Network=}: network-spec: mode|name[:opts] | &lt;name&gt;.network (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --network host}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder network(String value) {
      return quadlet("Network", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code Network=}: network-spec: mode|name[:opts] | &lt;name&gt;.network (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --network host}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder network(SystemdValue value) {
      return quadlet("Network", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code NetworkAlias=}: string: alias name (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --network-alias name}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder networkAlias(String value) {
      return quadlet("NetworkAlias", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code NetworkAlias=}: string: alias name (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --network-alias name}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder networkAlias(SystemdValue value) {
      return quadlet("NetworkAlias", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --cpus=2}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder podmanArgs(String... words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --cpus=2}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder podmanArgs(List<SystemdValue> words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code PodName=}: string: pod name (default systemd-&lt;unit&gt;) (Podman 5.0+).
     * Podman: {@code --name=name}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder podName(String value) {
      return quadletSingle("PodName", SystemdValue.literal(value));
    }

    /**
     * {@code PodName=}: string: pod name (default systemd-&lt;unit&gt;) (Podman 5.0+).
     * Podman: {@code --name=name}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder podName(SystemdValue value) {
      return quadletSingle("PodName", value);
    }

    /**
     * {@code PublishPort=}: port-mapping: [[ip:][hostPort]:]containerPort[/proto] (ranges allowed) (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --publish 8080:80}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder publishPort(String value) {
      return quadlet("PublishPort", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code PublishPort=}: port-mapping: [[ip:][hostPort]:]containerPort[/proto] (ranges allowed) (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --publish 8080:80}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder publishPort(SystemdValue value) {
      return quadlet("PublishPort", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code RemapGid=}: words: GID mapping (deprecated) (Podman 5.3+; repeatable, each call adds a line).
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder remapGid(String... words) {
      return quadlet("RemapGid", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code RemapGid=}: words: GID mapping (deprecated) (Podman 5.3+; repeatable, each call adds a line).
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder remapGid(List<SystemdValue> words) {
      return quadlet("RemapGid", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code RemapUid=}: words: UID mapping (deprecated) (Podman 5.3+; repeatable, each call adds a line).
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder remapUid(String... words) {
      return quadlet("RemapUid", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code RemapUid=}: words: UID mapping (deprecated) (Podman 5.3+; repeatable, each call adds a line).
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder remapUid(List<SystemdValue> words) {
      return quadlet("RemapUid", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code RemapUidSize=}: uint (deprecated) (Podman 5.3+).
     *
     * @param value 0 … 4294967295
     * @return this builder
     */
    public Builder remapUidSize(long value) {
      return quadletNumber("RemapUidSize", value, 0, 4294967295L);
    }

    /**
     * {@code RemapUsers=}: enum{auto,keep-id,manual} (deprecated; manual not for Kube) (Podman 5.3+).
     *
     * @param value the choice
     * @return this builder
     */
    public Builder remapUsers(RemapUsers value) {
      return quadletSingle("RemapUsers", SystemdValue.literal(value.token()));
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
     * {@code ShmSize=}: size: number[unit] (Podman 5.4+).
     * Podman: {@code --shm-size=100m}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder shmSize(String value) {
      return quadletSingle("ShmSize", SystemdValue.literal(value));
    }

    /**
     * {@code ShmSize=}: size: number[unit] (Podman 5.4+).
     * Podman: {@code --shm-size=100m}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder shmSize(SystemdValue value) {
      return quadletSingle("ShmSize", value);
    }

    /**
     * {@code StopTimeout=}: uint: seconds (Podman 5.7+).
     * Podman: {@code --time=20}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder stopTimeout(long value) {
      return quadletNumber("StopTimeout", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code SubGIDMap=}: string: /etc/subgid name (Podman 5.3+).
     * Podman: {@code --subgidname=gtest}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder subGidMap(String value) {
      return quadletSingle("SubGIDMap", SystemdValue.literal(value));
    }

    /**
     * {@code SubGIDMap=}: string: /etc/subgid name (Podman 5.3+).
     * Podman: {@code --subgidname=gtest}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder subGidMap(SystemdValue value) {
      return quadletSingle("SubGIDMap", value);
    }

    /**
     * {@code SubUIDMap=}: string: /etc/subuid name (Podman 5.3+).
     * Podman: {@code --subuidname=utest}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder subUidMap(String value) {
      return quadletSingle("SubUIDMap", SystemdValue.literal(value));
    }

    /**
     * {@code SubUIDMap=}: string: /etc/subuid name (Podman 5.3+).
     * Podman: {@code --subuidname=utest}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder subUidMap(SystemdValue value) {
      return quadletSingle("SubUIDMap", value);
    }

    /**
     * {@code UIDMap=}: words: CONTAINER_UID:HOST_UID:AMOUNT (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --uidmap=0:10000:10}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder uidMap(String... words) {
      return quadlet("UIDMap", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code UIDMap=}: words: CONTAINER_UID:HOST_UID:AMOUNT (Podman 5.3+; repeatable, each call adds a line).
     * Podman: {@code --uidmap=0:10000:10}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder uidMap(List<SystemdValue> words) {
      return quadlet("UIDMap", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code UserNS=}: userns-spec: MODE[:OPTIONS,...] (auto, host, keep-id[:uid=,gid=], nomap, ns:PATH) (Podman 5.3+).
     * Podman: {@code --userns keep-id:uid=200,gid=210}.
     *
     * @param value the mode
     * @return this builder
     */
    public Builder userNs(UserNs value) {
      return quadletSingle("UserNS", SystemdValue.literal(value.text()));
    }

    /**
     * {@code UserNS=}: userns-spec: MODE[:OPTIONS,...] (auto, host, keep-id[:uid=,gid=], nomap, ns:PATH) (Podman 5.3+).
     * Podman: {@code --userns keep-id:uid=200,gid=210}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder userNs(String value) {
      return quadletSingle("UserNS", SystemdValue.literal(value));
    }

    /**
     * {@code UserNS=}: userns-spec: MODE[:OPTIONS,...] (auto, host, keep-id[:uid=,gid=], nomap, ns:PATH) (Podman 5.3+).
     * Podman: {@code --userns keep-id:uid=200,gid=210}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder userNs(SystemdValue value) {
      return quadletSingle("UserNS", value);
    }

    /**
     * {@code Volume=}: volume-spec: [[SOURCE-VOLUME|HOST-DIR:]CONTAINER-DIR[:OPTIONS]]; SOURCE may be &lt;name&gt;.volume, "./rel" resolved vs unit dir (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --volume /source:/dest}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder volume(String value) {
      return quadlet("Volume", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code Volume=}: volume-spec: [[SOURCE-VOLUME|HOST-DIR:]CONTAINER-DIR[:OPTIONS]]; SOURCE may be &lt;name&gt;.volume, "./rel" resolved vs unit dir (Podman 5.0+; repeatable, each call adds a line).
     * Podman: {@code --volume /source:/dest}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder volume(SystemdValue value) {
      return quadlet("Volume", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code Network=UNIT}: the {@code .network} unit to join; the set must contain it.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder network(NetworkUnit unit) {
      return quadlet("Network", QuadletKeys.require("Pod", "Network").kind(), List.of(SystemdValue.literal(unit.fileName())));
    }

    /**
     * {@code Volume=UNIT:PATH[:OPTIONS]}: mounts a {@code .volume} unit of the set.
     *
     * @param unit the volume unit
     * @param target the path in the container, optionally followed by {@code :OPTIONS}
     * @return this builder
     */
    public Builder volume(VolumeUnit unit, String target) {
      return quadlet("Volume", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(unit.fileName() + ":" + target)));
    }
  }
}
