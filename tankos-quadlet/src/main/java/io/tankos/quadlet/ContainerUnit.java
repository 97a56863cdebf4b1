package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.podman.PullPolicy;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import io.tankos.quadlet.secret.SecretMount;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A {@code .container} Quadlet unit ({@code [Container]} section; Quadlet runs {@code podman run}). Every key of the
 * section has a typed builder method; plain {@code String} values are literal, {@link SystemdValue}
 * lets systemd expand specifiers. Generated from the Quadlet key catalog ({@link QuadletKeys}).
 *
 * <pre>{@code
 * ContainerUnit web = ContainerUnit.builder("web")
 *     .image("quay.io/example/web:1.0")
 *     .publishPort("127.0.0.1:8080:80")
 *     .environment("TZ", "UTC")
 *     .volume(SystemdValue.withSpecifiers("%h/web:/data:Z"))
 *     .wantedBy("default.target")
 *     .build();
 * }</pre>
 */
public final class ContainerUnit extends QuadletUnit {

  ContainerUnit(String name, UnitFile file, PodmanVersion version) {
    super(UnitType.CONTAINER, name, file, version);
  }

  /**
   * A builder for {@code NAME.container}.
   *
   * @param name the unit name without extension: {@code web}, a template {@code web@}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name, null, null);
  }

  /**
   * Parses a {@code .container} file (strictly: unknown keys are errors).
   *
   * @param fileName the file name, ending in {@code .container}
   * @param text the content
   * @return the unit
   * @throws ParseException {@code FILE:LINE: reason}
   */
  public static ContainerUnit parse(String fileName, String text) {
    if (QuadletUnit.parse(fileName, text) instanceof ContainerUnit u) {
      return u;
    }
    throw new ParseException(fileName, 0, "not a .container file");
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

  /** Builder of {@link ContainerUnit}; not thread-safe. */
  public static final class Builder extends UnitBuilder<ContainerUnit, Builder> {
    Builder(String name, UnitFile base, PodmanVersion version) {
      super(UnitType.CONTAINER, name, base, version);
    }

    @Override
    ContainerUnit create(String name, UnitFile file, PodmanVersion version) {
      return new ContainerUnit(name, file, version);
    }

    /**
     * {@code AddCapability=}: words: capability names (CAP_X ...) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --cap-add CAP}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder addCapability(String... words) {
      return quadlet("AddCapability", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code AddCapability=}: words: capability names (CAP_X ...) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --cap-add CAP}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder addCapability(List<SystemdValue> words) {
      return quadlet("AddCapability", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code AddDevice=}: words: HOST-DEVICE[:CONTAINER-DEVICE][:PERMISSIONS] (leading "-" = only if exists) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --device /dev/foo}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder addDevice(String... words) {
      return quadlet("AddDevice", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code AddDevice=}: words: HOST-DEVICE[:CONTAINER-DEVICE][:PERMISSIONS] (leading "-" = only if exists) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --device /dev/foo}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder addDevice(List<SystemdValue> words) {
      return quadlet("AddDevice", ValueKind.WORD_LIST, words);
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
     * {@code Annotation=}: keyvals: KEY=VALUE ... (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --annotation "XYZ"}.
     *
     * @param name the name
     * @param value the value, literal
     * @return this builder
     */
    public Builder annotation(String name, String value) {
      return quadletKeyValue("Annotation", name, SystemdValue.literal(value));
    }

    /**
     * {@code Annotation=}: keyvals: KEY=VALUE ... (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --annotation "XYZ"}.
     *
     * @param name the name
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder annotation(String name, SystemdValue value) {
      return quadletKeyValue("Annotation", name, value);
    }

    /**
     * {@code Annotation=}: keyvals: KEY=VALUE ... (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --annotation "XYZ"}.
     *
     * @param values names and literal values, in the map's iteration order
     * @return this builder
     */
    public Builder annotation(Map<String, String> values) {
      values.forEach((n, v) -> quadletKeyValue("Annotation", n, SystemdValue.literal(v)));
      return this;
    }

    /**
     * {@code AppArmor=}: string: profile name or "unconfined" (Podman 5.8+).
     * Podman: {@code --security-opt apparmor=alternate-profile}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder appArmor(String value) {
      return quadletSingle("AppArmor", SystemdValue.literal(value));
    }

    /**
     * {@code AppArmor=}: string: profile name or "unconfined" (Podman 5.8+).
     * Podman: {@code --security-opt apparmor=alternate-profile}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder appArmor(SystemdValue value) {
      return quadletSingle("AppArmor", value);
    }

    /**
     * {@code AutoUpdate=}: enum{registry,local} (Podman 4.6+).
     * Podman: {@code --label "io.containers.autoupdate=registry"}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder autoUpdate(AutoUpdatePolicy value) {
      return quadletSingle("AutoUpdate", SystemdValue.literal(value.token()));
    }

    /**
     * {@code CgroupsMode=}: enum{enabled,disabled,no-conmon,split} (quadlet default split) (Podman 5.3+).
     * Podman: {@code --cgroups=no-conmon}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder cgroupsMode(CgroupsMode value) {
      return quadletSingle("CgroupsMode", SystemdValue.literal(value.token()));
    }

    /**
     * {@code ContainerName=}: string: container name (default systemd-%N) (Podman 4.4+).
     * Podman: {@code --name name}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder containerName(String value) {
      return quadletSingle("ContainerName", SystemdValue.literal(value));
    }

    /**
     * {@code ContainerName=}: string: container name (default systemd-%N) (Podman 4.4+).
     * Podman: {@code --name name}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder containerName(SystemdValue value) {
      return quadletSingle("ContainerName", value);
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
     * {@code DNSOption=}: string: resolv.conf option (e.g. ndots:1) (Podman 4.7+; repeatable, each call adds a line).
     * Podman: {@code --dns-option=ndots:1}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder dnsOption(String value) {
      return quadlet("DNSOption", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code DNSOption=}: string: resolv.conf option (e.g. ndots:1) (Podman 4.7+; repeatable, each call adds a line).
     * Podman: {@code --dns-option=ndots:1}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder dnsOption(SystemdValue value) {
      return quadlet("DNSOption", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code DNSSearch=}: string: domain ("." removes search domain) (Podman 4.7+; repeatable, each call adds a line).
     * Podman: {@code --dns-search example.com}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder dnsSearch(String value) {
      return quadlet("DNSSearch", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code DNSSearch=}: string: domain ("." removes search domain) (Podman 4.7+; repeatable, each call adds a line).
     * Podman: {@code --dns-search example.com}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder dnsSearch(SystemdValue value) {
      return quadlet("DNSSearch", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code DropCapability=}: words: capability names or "all" (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --cap-drop=CAP}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder dropCapability(String... words) {
      return quadlet("DropCapability", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code DropCapability=}: words: capability names or "all" (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --cap-drop=CAP}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder dropCapability(List<SystemdValue> words) {
      return quadlet("DropCapability", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code Entrypoint=}: string: path or JSON array string (Podman 5.0+).
     * Podman: {@code --entrypoint=/foo.sh}.
     *
     * @param value the value, literal (empty clears the image entrypoint, Podman 5.5+)
     * @return this builder
     */
    public Builder entrypoint(String value) {
      return quadletEmptyAllowed("Entrypoint", SystemdValue.literal(value));
    }

    /**
     * {@code Entrypoint=}: string: path or JSON array string (Podman 5.0+).
     * Podman: {@code --entrypoint=/foo.sh}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder entrypoint(SystemdValue value) {
      return quadletEmptyAllowed("Entrypoint", value);
    }

    /**
     * {@code Environment=}: keyvals: NAME=VALUE ... (systemd Environment= syntax) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --env foo=bar}.
     *
     * @param name the name
     * @param value the value, literal
     * @return this builder
     */
    public Builder environment(String name, String value) {
      return quadletKeyValue("Environment", name, SystemdValue.literal(value));
    }

    /**
     * {@code Environment=}: keyvals: NAME=VALUE ... (systemd Environment= syntax) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --env foo=bar}.
     *
     * @param name the name
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder environment(String name, SystemdValue value) {
      return quadletKeyValue("Environment", name, value);
    }

    /**
     * {@code Environment=}: keyvals: NAME=VALUE ... (systemd Environment= syntax) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --env foo=bar}.
     *
     * @param values names and literal values, in the map's iteration order
     * @return this builder
     */
    public Builder environment(Map<String, String> values) {
      values.forEach((n, v) -> quadletKeyValue("Environment", n, SystemdValue.literal(v)));
      return this;
    }

    /**
     * {@code Environment=NAME}: passes the variable from Podman's own environment (Podman 5.5+;
     * 5.4 drops it).
     *
     * @param name the variable name
     * @return this builder
     */
    public Builder environmentInherited(String name) {
      return quadletKeyOnly("Environment", name);
    }

    /**
     * {@code EnvironmentFile=}: args: path (abs or relative to unit file) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --env-file /tmp/env}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder environmentFile(String... words) {
      return quadlet("EnvironmentFile", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code EnvironmentFile=}: args: path (abs or relative to unit file) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --env-file /tmp/env}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder environmentFile(List<SystemdValue> words) {
      return quadlet("EnvironmentFile", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code EnvironmentHost=}: bool (Podman 4.4+).
     * Podman: {@code --env-host}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder environmentHost(boolean value) {
      return quadletBool("EnvironmentHost", value);
    }

    /**
     * {@code Exec=}: cmdline: systemd command line (args after image) (Podman 4.4+).
     * Podman: {@code Command after image specification - /usr/bin/command}.
     *
     * @param words the command and arguments, literal
     * @return this builder
     */
    public Builder exec(String... words) {
      return quadlet("Exec", ValueKind.EXEC, literals(words));
    }

    /**
     * {@code Exec=}: cmdline: systemd command line (args after image) (Podman 4.4+).
     * Podman: {@code Command after image specification - /usr/bin/command}.
     *
     * @param words the command and arguments, with their systemd expansion
     * @return this builder
     */
    public Builder exec(List<SystemdValue> words) {
      return quadlet("Exec", ValueKind.EXEC, words);
    }

    /**
     * {@code ExposeHostPort=}: string: port or range (50-59)[/proto] (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --expose 50-59}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder exposeHostPort(String value) {
      return quadlet("ExposeHostPort", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code ExposeHostPort=}: string: port or range (50-59)[/proto] (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --expose 50-59}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder exposeHostPort(SystemdValue value) {
      return quadlet("ExposeHostPort", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code GIDMap=}: words: CONTAINER_GID:HOST_GID:AMOUNT (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --gidmap=0:10000:10}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder gidMap(String... words) {
      return quadlet("GIDMap", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code GIDMap=}: words: CONTAINER_GID:HOST_GID:AMOUNT (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --gidmap=0:10000:10}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder gidMap(List<SystemdValue> words) {
      return quadlet("GIDMap", ValueKind.WORD_LIST, words);
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
     * {@code Group=}: string: numeric GID (combined with User= as --user U:G) (Podman 4.4+).
     * Podman: {@code --user UID:1234}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder group(long value) {
      return quadletNumber("Group", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code Group=}: string: numeric GID (combined with User= as --user U:G) (Podman 4.4+).
     * Podman: {@code --user UID:1234}.
     *
     * @param value the value, with its systemd expansion (e.g. {@code %G})
     * @return this builder
     */
    public Builder group(SystemdValue value) {
      return quadletSingle("Group", value);
    }

    /**
     * {@code GroupAdd=}: string: group name/GID or keep-groups (Podman 5.1+; repeatable, each call adds a line).
     * Podman: {@code --group-add=keep-groups}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder groupAdd(String value) {
      return quadlet("GroupAdd", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code GroupAdd=}: string: group name/GID or keep-groups (Podman 5.1+; repeatable, each call adds a line).
     * Podman: {@code --group-add=keep-groups}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder groupAdd(SystemdValue value) {
      return quadlet("GroupAdd", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code HealthCmd=}: string: command (shell form) or "none" (Podman 4.5+).
     * Podman: {@code --health-cmd=/usr/bin/command}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder healthCmd(String value) {
      return quadletSingle("HealthCmd", SystemdValue.literal(value));
    }

    /**
     * {@code HealthCmd=}: string: command (shell form) or "none" (Podman 4.5+).
     * Podman: {@code --health-cmd=/usr/bin/command}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder healthCmd(SystemdValue value) {
      return quadletSingle("HealthCmd", value);
    }

    /**
     * {@code HealthInterval=}: duration or "disable" (Podman 4.5+).
     * Podman: {@code --health-interval=2m}.
     *
     * @param value the duration, written like {@code 1m30s}
     * @return this builder
     */
    public Builder healthInterval(Duration value) {
      return quadletDuration("HealthInterval", value);
    }

    /**
     * {@code HealthInterval=disable}.
     * @return this builder
     */
    public Builder healthIntervalDisabled() {
      return quadletSingle("HealthInterval", SystemdValue.literal("disable"));
    }

    /**
     * {@code HealthLogDestination=}: string: local|events_logger|directory path (Podman 5.3+).
     * Podman: {@code --health-log-destination=/foo/log}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder healthLogDestination(String value) {
      return quadletSingle("HealthLogDestination", SystemdValue.literal(value));
    }

    /**
     * {@code HealthLogDestination=}: string: local|events_logger|directory path (Podman 5.3+).
     * Podman: {@code --health-log-destination=/foo/log}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder healthLogDestination(SystemdValue value) {
      return quadletSingle("HealthLogDestination", value);
    }

    /**
     * {@code HealthMaxLogCount=}: uint (Podman 5.3+).
     * Podman: {@code --health-max-log-count=5}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder healthMaxLogCount(long value) {
      return quadletNumber("HealthMaxLogCount", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code HealthMaxLogSize=}: uint (Podman 5.3+).
     * Podman: {@code --health-max-log-size=500}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder healthMaxLogSize(long value) {
      return quadletNumber("HealthMaxLogSize", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code HealthOnFailure=}: enum{none,kill,restart,stop} (Podman 4.5+).
     * Podman: {@code --health-on-failure=kill}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder healthOnFailure(HealthOnFailure value) {
      return quadletSingle("HealthOnFailure", SystemdValue.literal(value.token()));
    }

    /**
     * {@code HealthRetries=}: uint (Podman 4.5+).
     * Podman: {@code --health-retries=5}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder healthRetries(long value) {
      return quadletNumber("HealthRetries", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code HealthStartPeriod=}: duration (Podman 4.5+).
     * Podman: {@code --health-start-period=1m}.
     *
     * @param value the duration, written like {@code 1m30s}
     * @return this builder
     */
    public Builder healthStartPeriod(Duration value) {
      return quadletDuration("HealthStartPeriod", value);
    }

    /**
     * {@code HealthStartupCmd=}: string: command (Podman 4.5+).
     * Podman: {@code --health-startup-cmd=command}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder healthStartupCmd(String value) {
      return quadletSingle("HealthStartupCmd", SystemdValue.literal(value));
    }

    /**
     * {@code HealthStartupCmd=}: string: command (Podman 4.5+).
     * Podman: {@code --health-startup-cmd=command}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder healthStartupCmd(SystemdValue value) {
      return quadletSingle("HealthStartupCmd", value);
    }

    /**
     * {@code HealthStartupInterval=}: duration or "disable" (Podman 4.5+).
     * Podman: {@code --health-startup-interval=1m}.
     *
     * @param value the duration, written like {@code 1m30s}
     * @return this builder
     */
    public Builder healthStartupInterval(Duration value) {
      return quadletDuration("HealthStartupInterval", value);
    }

    /**
     * {@code HealthStartupInterval=disable}.
     * @return this builder
     */
    public Builder healthStartupIntervalDisabled() {
      return quadletSingle("HealthStartupInterval", SystemdValue.literal("disable"));
    }

    /**
     * {@code HealthStartupRetries=}: uint (Podman 4.5+).
     * Podman: {@code --health-startup-retries=8}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder healthStartupRetries(long value) {
      return quadletNumber("HealthStartupRetries", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code HealthStartupSuccess=}: uint (Podman 4.5+).
     * Podman: {@code --health-startup-success=2}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder healthStartupSuccess(long value) {
      return quadletNumber("HealthStartupSuccess", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code HealthStartupTimeout=}: duration (Podman 4.5+).
     * Podman: {@code --health-startup-timeout=1m33s}.
     *
     * @param value the duration, written like {@code 1m30s}
     * @return this builder
     */
    public Builder healthStartupTimeout(Duration value) {
      return quadletDuration("HealthStartupTimeout", value);
    }

    /**
     * {@code HealthTimeout=}: duration (Podman 4.5+).
     * Podman: {@code --health-timeout=20s}.
     *
     * @param value the duration, written like {@code 1m30s}
     * @return this builder
     */
    public Builder healthTimeout(Duration value) {
      return quadletDuration("HealthTimeout", value);
    }

    /**
     * {@code HostName=}: string: hostname (Podman 4.6+).
     * Podman: {@code --hostname example.com}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder hostName(String value) {
      return quadletSingle("HostName", SystemdValue.literal(value));
    }

    /**
     * {@code HostName=}: string: hostname (Podman 4.6+).
     * Podman: {@code --hostname example.com}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder hostName(SystemdValue value) {
      return quadletSingle("HostName", value);
    }

    /**
     * {@code HttpProxy=}: bool (Podman 5.7+).
     * Podman: {@code --http-proxy=true}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder httpProxy(boolean value) {
      return quadletBool("HttpProxy", value);
    }

    /**
     * {@code Image=}: image-ref: FQIN[:tag|{@literal @}digest] or &lt;name&gt;.image / &lt;name&gt;.build (Podman 4.4+).
     * Podman: {@code Image specification - ubi8}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder image(String value) {
      return quadletSingle("Image", SystemdValue.literal(value));
    }

    /**
     * {@code Image=}: image-ref: FQIN[:tag|{@literal @}digest] or &lt;name&gt;.image / &lt;name&gt;.build (Podman 4.4+).
     * Podman: {@code Image specification - ubi8}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder image(SystemdValue value) {
      return quadletSingle("Image", value);
    }

    /**
     * {@code IP=}: string: IPv4 address (Podman 4.5+).
     * Podman: {@code --ip 192.5.0.1}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder ip(String value) {
      return quadletSingle("IP", SystemdValue.literal(value));
    }

    /**
     * {@code IP=}: string: IPv4 address (Podman 4.5+).
     * Podman: {@code --ip 192.5.0.1}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder ip(SystemdValue value) {
      return quadletSingle("IP", value);
    }

    /**
     * {@code IP6=}: string: IPv6 address (Podman 4.5+).
     * Podman: {@code --ip6 2001:db8::1}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder ip6(String value) {
      return quadletSingle("IP6", SystemdValue.literal(value));
    }

    /**
     * {@code IP6=}: string: IPv6 address (Podman 4.5+).
     * Podman: {@code --ip6 2001:db8::1}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder ip6(SystemdValue value) {
      return quadletSingle("IP6", value);
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
     * {@code LogDriver=}: string: k8s-file|journald|none|passthrough|passthrough-tty (Podman 4.5+).
     * Podman: {@code --log-driver journald}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder logDriver(LogDriver value) {
      return quadletSingle("LogDriver", SystemdValue.literal(value.token()));
    }

    /**
     * {@code LogDriver=}: string: k8s-file|journald|none|passthrough|passthrough-tty (Podman 4.5+).
     * Podman: {@code --log-driver journald}.
     *
     * @param value any value Podman accepts, literal
     * @return this builder
     */
    public Builder logDriver(String value) {
      return quadletSingle("LogDriver", SystemdValue.literal(value));
    }

    /**
     * {@code LogOpt=}: words: name=value (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --log-opt path=/var/log/mykube.json}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder logOpt(String... words) {
      return quadlet("LogOpt", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code LogOpt=}: words: name=value (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --log-opt path=/var/log/mykube.json}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder logOpt(List<SystemdValue> words) {
      return quadlet("LogOpt", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code Mask=}: args: colon-separated paths (/p1:/p2) (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --security-opt mask=/proc/sys/foo:/proc/sys/bar}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder mask(String... words) {
      return quadlet("Mask", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code Mask=}: args: colon-separated paths (/p1:/p2) (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --security-opt mask=/proc/sys/foo:/proc/sys/bar}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder mask(List<SystemdValue> words) {
      return quadlet("Mask", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code Memory=}: size: number[b|k|m|g] (Podman 5.5+).
     * Podman: {@code --memory 20g}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder memory(String value) {
      return quadletSingle("Memory", SystemdValue.literal(value));
    }

    /**
     * {@code Memory=}: size: number[b|k|m|g] (Podman 5.5+).
     * Podman: {@code --memory 20g}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder memory(SystemdValue value) {
      return quadletSingle("Memory", value);
    }

    /**
     * {@code Mount=}: args: mount-spec type=TYPE,KEY=VAL,... (source may be &lt;n&gt;.volume/.image/.artifact) (Podman 4.5+; repeatable, each call adds a line).
     * Podman: {@code --mount type=...}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder mount(String... words) {
      return quadlet("Mount", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code Mount=}: args: mount-spec type=TYPE,KEY=VAL,... (source may be &lt;n&gt;.volume/.image/.artifact) (Podman 4.5+; repeatable, each call adds a line).
     * Podman: {@code --mount type=...}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder mount(List<SystemdValue> words) {
      return quadlet("Mount", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code Network=}: network-spec: mode|name[:opts] | &lt;name&gt;.network | &lt;name&gt;.container (ns sharing) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --network host}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder network(String value) {
      return quadlet("Network", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code Network=}: network-spec: mode|name[:opts] | &lt;name&gt;.network | &lt;name&gt;.container (ns sharing) (Podman 4.4+; repeatable, each call adds a line).
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
     * {@code NoNewPrivileges=}: bool (default false) (Podman 4.4+).
     * Podman: {@code --security-opt no-new-privileges}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder noNewPrivileges(boolean value) {
      return quadletBool("NoNewPrivileges", value);
    }

    /**
     * {@code Notify=}: enum{true,false,healthy} (Podman 4.4+).
     * Podman: {@code --sdnotify container}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder notify(NotifyMode value) {
      return quadletSingle("Notify", SystemdValue.literal(value.token()));
    }

    /**
     * {@code Notify=}: enum{true,false,healthy} (Podman 4.4+).
     * Podman: {@code --sdnotify container}.
     *
     * @param value true: the container notifies systemd itself
     * @return this builder
     */
    public Builder notify(boolean value) {
      return quadletBool("Notify", value);
    }

    /**
     * {@code PidsLimit=}: int (Podman 4.7+).
     * Podman: {@code --pids-limit 10000}.
     *
     * @param value a number, -1 for unlimited
     * @return this builder
     */
    public Builder pidsLimit(long value) {
      return quadletNumber("PidsLimit", value, -1, Long.MAX_VALUE);
    }

    /**
     * {@code Pod=}: string: &lt;name&gt;.pod (quadlet pod unit) (Podman 5.0+).
     * Podman: {@code --pod=pod-name}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder pod(String value) {
      return quadletSingle("Pod", SystemdValue.literal(value));
    }

    /**
     * {@code Pod=}: string: &lt;name&gt;.pod (quadlet pod unit) (Podman 5.0+).
     * Podman: {@code --pod=pod-name}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder pod(SystemdValue value) {
      return quadletSingle("Pod", value);
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --publish 8080:80}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder podmanArgs(String... words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --publish 8080:80}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder podmanArgs(List<SystemdValue> words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code PublishPort=}: port-mapping: [[ip:][hostPort]:]containerPort[/proto] (ranges allowed) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --publish 8080:80}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder publishPort(String value) {
      return quadlet("PublishPort", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code PublishPort=}: port-mapping: [[ip:][hostPort]:]containerPort[/proto] (ranges allowed) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --publish 8080:80}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder publishPort(SystemdValue value) {
      return quadlet("PublishPort", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code Pull=}: enum{always,missing,never,newer} (Podman 4.6+).
     * Podman: {@code --pull never}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder pull(PullPolicy value) {
      return quadletSingle("Pull", SystemdValue.literal(value.token()));
    }

    /**
     * {@code ReadOnly=}: bool (default false) (Podman 4.4+).
     * Podman: {@code --read-only}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder readOnly(boolean value) {
      return quadletBool("ReadOnly", value);
    }

    /**
     * {@code ReadOnlyTmpfs=}: bool (default true) (Podman 4.8+).
     * Podman: {@code --read-only-tmpfs}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder readOnlyTmpfs(boolean value) {
      return quadletBool("ReadOnlyTmpfs", value);
    }

    /**
     * {@code ReloadCmd=}: cmdline: command run via podman exec (Podman 5.5+).
     * Podman: {@code Add ExecReload and run exec with the value}.
     *
     * @param words the command and arguments, literal
     * @return this builder
     */
    public Builder reloadCmd(String... words) {
      return quadlet("ReloadCmd", ValueKind.EXEC, literals(words));
    }

    /**
     * {@code ReloadCmd=}: cmdline: command run via podman exec (Podman 5.5+).
     * Podman: {@code Add ExecReload and run exec with the value}.
     *
     * @param words the command and arguments, with their systemd expansion
     * @return this builder
     */
    public Builder reloadCmd(List<SystemdValue> words) {
      return quadlet("ReloadCmd", ValueKind.EXEC, words);
    }

    /**
     * {@code ReloadSignal=}: signal: name (SIGHUP) or number (Podman 5.5+).
     * Podman: {@code Add ExecReload and run kill with the signal}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder reloadSignal(String value) {
      return quadletSingle("ReloadSignal", SystemdValue.literal(value));
    }

    /**
     * {@code ReloadSignal=}: signal: name (SIGHUP) or number (Podman 5.5+).
     * Podman: {@code Add ExecReload and run kill with the signal}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder reloadSignal(SystemdValue value) {
      return quadletSingle("ReloadSignal", value);
    }

    /**
     * {@code RemapGid=}: words: GID mapping (deprecated) (Podman 4.4+; repeatable, each call adds a line).
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder remapGid(String... words) {
      return quadlet("RemapGid", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code RemapGid=}: words: GID mapping (deprecated) (Podman 4.4+; repeatable, each call adds a line).
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder remapGid(List<SystemdValue> words) {
      return quadlet("RemapGid", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code RemapUid=}: words: UID mapping (deprecated) (Podman 4.4+; repeatable, each call adds a line).
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder remapUid(String... words) {
      return quadlet("RemapUid", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code RemapUid=}: words: UID mapping (deprecated) (Podman 4.4+; repeatable, each call adds a line).
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder remapUid(List<SystemdValue> words) {
      return quadlet("RemapUid", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code RemapUidSize=}: uint (deprecated) (Podman 4.4+).
     *
     * @param value 0 … 4294967295
     * @return this builder
     */
    public Builder remapUidSize(long value) {
      return quadletNumber("RemapUidSize", value, 0, 4294967295L);
    }

    /**
     * {@code RemapUsers=}: enum{auto,keep-id,manual} (deprecated; manual not for Kube) (Podman 4.4+).
     *
     * @param value the choice
     * @return this builder
     */
    public Builder remapUsers(RemapUsers value) {
      return quadletSingle("RemapUsers", SystemdValue.literal(value.token()));
    }

    /**
     * {@code Retry=}: uint (Podman 5.5+).
     * Podman: {@code --retry=5}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder retry(long value) {
      return quadletNumber("Retry", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code RetryDelay=}: duration (Podman 5.5+).
     * Podman: {@code --retry-delay=5s}.
     *
     * @param value the duration, written like {@code 1m30s}
     * @return this builder
     */
    public Builder retryDelay(Duration value) {
      return quadletDuration("RetryDelay", value);
    }

    /**
     * {@code Rootfs=}: path[:O] (overlay) — alternative to Image (Podman 4.5+).
     * Podman: {@code --rootfs /var/lib/rootfs}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder rootfs(String value) {
      return quadletSingle("Rootfs", SystemdValue.literal(value));
    }

    /**
     * {@code Rootfs=}: path[:O] (overlay) — alternative to Image (Podman 4.5+).
     * Podman: {@code --rootfs /var/lib/rootfs}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder rootfs(SystemdValue value) {
      return quadletSingle("Rootfs", value);
    }

    /**
     * {@code RunInit=}: bool (default false) (Podman 4.4+).
     * Podman: {@code --init}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder runInit(boolean value) {
      return quadletBool("RunInit", value);
    }

    /**
     * {@code SeccompProfile=}: path or "unconfined" (Podman 4.4+).
     * Podman: {@code --security-opt seccomp=/tmp/s.json}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder seccompProfile(String value) {
      return quadletSingle("SeccompProfile", SystemdValue.literal(value));
    }

    /**
     * {@code SeccompProfile=}: path or "unconfined" (Podman 4.4+).
     * Podman: {@code --security-opt seccomp=/tmp/s.json}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder seccompProfile(SystemdValue value) {
      return quadletSingle("SeccompProfile", value);
    }

    /**
     * {@code Secret=}: args: secret-spec NAME[,type=mount|env][,target=T][,uid=,gid=,mode=] (Podman 4.5+; repeatable, each call adds a line).
     * Podman: {@code --secret=secret[,opt=opt ...]}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder secret(String... words) {
      return quadlet("Secret", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code Secret=}: args: secret-spec NAME[,type=mount|env][,target=T][,uid=,gid=,mode=] (Podman 4.5+; repeatable, each call adds a line).
     * Podman: {@code --secret=secret[,opt=opt ...]}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder secret(List<SystemdValue> words) {
      return quadlet("Secret", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code Secret=}: a Podman secret mounted as a file or exposed as a variable.
     *
     * @param mount the secret mount
     * @return this builder
     */
    public Builder secret(SecretMount mount) {
      return quadlet("Secret", ValueKind.ARG_LIST, List.of(SystemdValue.literal(mount.spec())));
    }

    /**
     * {@code SecurityLabelDisable=}: bool (Podman 4.5+).
     * Podman: {@code --security-opt label=disable}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder securityLabelDisable(boolean value) {
      return quadletBool("SecurityLabelDisable", value);
    }

    /**
     * {@code SecurityLabelFileType=}: string: SELinux type (Podman 4.5+).
     * Podman: {@code --security-opt label=filetype:usr_t}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder securityLabelFileType(String value) {
      return quadletSingle("SecurityLabelFileType", SystemdValue.literal(value));
    }

    /**
     * {@code SecurityLabelFileType=}: string: SELinux type (Podman 4.5+).
     * Podman: {@code --security-opt label=filetype:usr_t}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder securityLabelFileType(SystemdValue value) {
      return quadletSingle("SecurityLabelFileType", value);
    }

    /**
     * {@code SecurityLabelLevel=}: string: SELinux level (s0:c1,c2) (Podman 4.5+).
     * Podman: {@code --security-opt label=level:s0:c1,c2}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder securityLabelLevel(String value) {
      return quadletSingle("SecurityLabelLevel", SystemdValue.literal(value));
    }

    /**
     * {@code SecurityLabelLevel=}: string: SELinux level (s0:c1,c2) (Podman 4.5+).
     * Podman: {@code --security-opt label=level:s0:c1,c2}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder securityLabelLevel(SystemdValue value) {
      return quadletSingle("SecurityLabelLevel", value);
    }

    /**
     * {@code SecurityLabelNested=}: bool (Podman 4.6+).
     * Podman: {@code --security-opt label=nested}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder securityLabelNested(boolean value) {
      return quadletBool("SecurityLabelNested", value);
    }

    /**
     * {@code SecurityLabelType=}: string: SELinux type (Podman 4.5+).
     * Podman: {@code --security-opt label=type:spc_t}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder securityLabelType(String value) {
      return quadletSingle("SecurityLabelType", SystemdValue.literal(value));
    }

    /**
     * {@code SecurityLabelType=}: string: SELinux type (Podman 4.5+).
     * Podman: {@code --security-opt label=type:spc_t}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder securityLabelType(SystemdValue value) {
      return quadletSingle("SecurityLabelType", value);
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
     * {@code ShmSize=}: size: number[unit] (Podman 4.7+).
     * Podman: {@code --shm-size=100m}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder shmSize(String value) {
      return quadletSingle("ShmSize", SystemdValue.literal(value));
    }

    /**
     * {@code ShmSize=}: size: number[unit] (Podman 4.7+).
     * Podman: {@code --shm-size=100m}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder shmSize(SystemdValue value) {
      return quadletSingle("ShmSize", value);
    }

    /**
     * {@code StartWithPod=}: bool (default true) (Podman 5.3+).
     * Podman: {@code If Pod= is defined, container is started by pod}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder startWithPod(boolean value) {
      return quadletBool("StartWithPod", value);
    }

    /**
     * {@code StopSignal=}: signal: name (SIGINT) or number (Podman 5.2+).
     * Podman: {@code --stop-signal=SIGINT}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder stopSignal(String value) {
      return quadletSingle("StopSignal", SystemdValue.literal(value));
    }

    /**
     * {@code StopSignal=}: signal: name (SIGINT) or number (Podman 5.2+).
     * Podman: {@code --stop-signal=SIGINT}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder stopSignal(SystemdValue value) {
      return quadletSingle("StopSignal", value);
    }

    /**
     * {@code StopTimeout=}: uint: seconds (Podman 5.0+).
     * Podman: {@code --stop-timeout=20}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder stopTimeout(long value) {
      return quadletNumber("StopTimeout", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code SubGIDMap=}: string: /etc/subgid name (Podman 4.8+).
     * Podman: {@code --subgidname=gtest}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder subGidMap(String value) {
      return quadletSingle("SubGIDMap", SystemdValue.literal(value));
    }

    /**
     * {@code SubGIDMap=}: string: /etc/subgid name (Podman 4.8+).
     * Podman: {@code --subgidname=gtest}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder subGidMap(SystemdValue value) {
      return quadletSingle("SubGIDMap", value);
    }

    /**
     * {@code SubUIDMap=}: string: /etc/subuid name (Podman 4.8+).
     * Podman: {@code --subuidname=utest}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder subUidMap(String value) {
      return quadletSingle("SubUIDMap", SystemdValue.literal(value));
    }

    /**
     * {@code SubUIDMap=}: string: /etc/subuid name (Podman 4.8+).
     * Podman: {@code --subuidname=utest}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder subUidMap(SystemdValue value) {
      return quadletSingle("SubUIDMap", value);
    }

    /**
     * {@code Sysctl=}: words: name=value (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --sysctl=name=value}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder sysctl(String... words) {
      return quadlet("Sysctl", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code Sysctl=}: words: name=value (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --sysctl=name=value}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder sysctl(List<SystemdValue> words) {
      return quadlet("Sysctl", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code Timezone=}: string: TZ name or "local" (Podman 4.4+).
     * Podman: {@code --tz local}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder timezone(String value) {
      return quadletSingle("Timezone", SystemdValue.literal(value));
    }

    /**
     * {@code Timezone=}: string: TZ name or "local" (Podman 4.4+).
     * Podman: {@code --tz local}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder timezone(SystemdValue value) {
      return quadletSingle("Timezone", value);
    }

    /**
     * {@code Tmpfs=}: string: CONTAINER-DIR[:OPTIONS] (Podman 4.5+; repeatable, each call adds a line).
     * Podman: {@code --tmpfs /work}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder tmpfs(String value) {
      return quadlet("Tmpfs", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code Tmpfs=}: string: CONTAINER-DIR[:OPTIONS] (Podman 4.5+; repeatable, each call adds a line).
     * Podman: {@code --tmpfs /work}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder tmpfs(SystemdValue value) {
      return quadlet("Tmpfs", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code UIDMap=}: words: CONTAINER_UID:HOST_UID:AMOUNT (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --uidmap=0:10000:10}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder uidMap(String... words) {
      return quadlet("UIDMap", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code UIDMap=}: words: CONTAINER_UID:HOST_UID:AMOUNT (Podman 4.8+; repeatable, each call adds a line).
     * Podman: {@code --uidmap=0:10000:10}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder uidMap(List<SystemdValue> words) {
      return quadlet("UIDMap", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code Ulimit=}: string: name=soft[:hard] (Podman 4.7+; repeatable, each call adds a line).
     * Podman: {@code --ulimit nofile=1000:10000}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder ulimit(String value) {
      return quadlet("Ulimit", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code Ulimit=}: string: name=soft[:hard] (Podman 4.7+; repeatable, each call adds a line).
     * Podman: {@code --ulimit nofile=1000:10000}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder ulimit(SystemdValue value) {
      return quadlet("Ulimit", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code Unmask=}: args: ALL or colon-separated paths (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --security-opt unmask=ALL}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder unmask(String... words) {
      return quadlet("Unmask", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code Unmask=}: args: ALL or colon-separated paths (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --security-opt unmask=ALL}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder unmask(List<SystemdValue> words) {
      return quadlet("Unmask", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code User=}: string: UID or user name (combined with Group=) (Podman 4.4+).
     * Podman: {@code --user bin}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder user(String value) {
      return quadletSingle("User", SystemdValue.literal(value));
    }

    /**
     * {@code User=}: string: UID or user name (combined with Group=) (Podman 4.4+).
     * Podman: {@code --user bin}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder user(SystemdValue value) {
      return quadletSingle("User", value);
    }

    /**
     * {@code UserNS=}: userns-spec: MODE[:OPTIONS,...] (auto, host, keep-id[:uid=,gid=], nomap, ns:PATH) (Podman 4.5+).
     * Podman: {@code --userns keep-id:uid=200,gid=210}.
     *
     * @param value the mode
     * @return this builder
     */
    public Builder userNs(UserNs value) {
      return quadletSingle("UserNS", SystemdValue.literal(value.text()));
    }

    /**
     * {@code UserNS=}: userns-spec: MODE[:OPTIONS,...] (auto, host, keep-id[:uid=,gid=], nomap, ns:PATH) (Podman 4.5+).
     * Podman: {@code --userns keep-id:uid=200,gid=210}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder userNs(String value) {
      return quadletSingle("UserNS", SystemdValue.literal(value));
    }

    /**
     * {@code UserNS=}: userns-spec: MODE[:OPTIONS,...] (auto, host, keep-id[:uid=,gid=], nomap, ns:PATH) (Podman 4.5+).
     * Podman: {@code --userns keep-id:uid=200,gid=210}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder userNs(SystemdValue value) {
      return quadletSingle("UserNS", value);
    }

    /**
     * {@code VolatileTmp=}: bool (deprecated) (Podman 4.4+).
     *
     * @param value the flag
     * @return this builder
     */
    public Builder volatileTmp(boolean value) {
      return quadletBool("VolatileTmp", value);
    }

    /**
     * {@code Volume=}: volume-spec: [[SOURCE-VOLUME|HOST-DIR:]CONTAINER-DIR[:OPTIONS]]; SOURCE may be &lt;name&gt;.volume, "./rel" resolved vs unit dir (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --volume /source:/dest}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder volume(String value) {
      return quadlet("Volume", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code Volume=}: volume-spec: [[SOURCE-VOLUME|HOST-DIR:]CONTAINER-DIR[:OPTIONS]]; SOURCE may be &lt;name&gt;.volume, "./rel" resolved vs unit dir (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --volume /source:/dest}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder volume(SystemdValue value) {
      return quadlet("Volume", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code WorkingDir=}: path (in container) (Podman 4.6+).
     * Podman: {@code --workdir $HOME}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder workingDir(String value) {
      return quadletSingle("WorkingDir", SystemdValue.literal(value));
    }

    /**
     * {@code WorkingDir=}: path (in container) (Podman 4.6+).
     * Podman: {@code --workdir $HOME}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder workingDir(SystemdValue value) {
      return quadletSingle("WorkingDir", value);
    }

    /**
     * {@code Image=UNIT}: the {@code .image} unit whose image to run; the set must contain it.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder image(ImageUnit unit) {
      return quadlet("Image", QuadletKeys.require("Container", "Image").kind(), List.of(SystemdValue.literal(unit.fileName())));
    }

    /**
     * {@code Image=UNIT}: the {@code .build} unit whose image to run; the set must contain it.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder image(BuildUnit unit) {
      return quadlet("Image", QuadletKeys.require("Container", "Image").kind(), List.of(SystemdValue.literal(unit.fileName())));
    }

    /**
     * {@code Network=UNIT}: the {@code .network} unit to join; the set must contain it.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder network(NetworkUnit unit) {
      return quadlet("Network", QuadletKeys.require("Container", "Network").kind(), List.of(SystemdValue.literal(unit.fileName())));
    }

    /**
     * {@code Network=UNIT}: the {@code .container} whose network namespace to share; the set must contain it.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder network(ContainerUnit unit) {
      return quadlet("Network", QuadletKeys.require("Container", "Network").kind(), List.of(SystemdValue.literal(unit.fileName())));
    }

    /**
     * {@code Pod=UNIT}: the {@code .pod} unit to run in; the set must contain it.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder pod(PodUnit unit) {
      return quadlet("Pod", QuadletKeys.require("Container", "Pod").kind(), List.of(SystemdValue.literal(unit.fileName())));
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
