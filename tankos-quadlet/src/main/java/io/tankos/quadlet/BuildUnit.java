package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.podman.PullPolicy;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A {@code .build} Quadlet unit ({@code [Build]} section; Quadlet runs {@code podman build}). Every key of the
 * section has a typed builder method; plain {@code String} values are literal, {@link SystemdValue}
 * lets systemd expand specifiers. Generated from the Quadlet key catalog ({@link QuadletKeys}).
 *
 * <pre>{@code
 * BuildUnit b = BuildUnit.builder("web").imageTag("localhost/web:latest").file("./Containerfile").build();
 * }</pre>
 */
public final class BuildUnit extends QuadletUnit {

  BuildUnit(String name, UnitFile file, PodmanVersion version) {
    super(UnitType.BUILD, name, file, version);
  }

  /**
   * A builder for {@code NAME.build}.
   *
   * @param name the unit name without extension: {@code web}, a template {@code web@}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name, null, null);
  }

  /**
   * Parses a {@code .build} file (strictly: unknown keys are errors).
   *
   * @param fileName the file name, ending in {@code .build}
   * @param text the content
   * @return the unit
   * @throws ParseException {@code FILE:LINE: reason}
   */
  public static BuildUnit parse(String fileName, String text) {
    if (QuadletUnit.parse(fileName, text) instanceof BuildUnit u) {
      return u;
    }
    throw new ParseException(fileName, 0, "not a .build file");
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

  /** Builder of {@link BuildUnit}; not thread-safe. */
  public static final class Builder extends UnitBuilder<BuildUnit, Builder> {
    Builder(String name, UnitFile base, PodmanVersion version) {
      super(UnitType.BUILD, name, base, version);
    }

    @Override
    BuildUnit create(String name, UnitFile file, PodmanVersion version) {
      return new BuildUnit(name, file, version);
    }

    /**
     * {@code Annotation=}: keyvals: KEY=VALUE ... (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --annotation=annotation=value}.
     *
     * @param name the name
     * @param value the value, literal
     * @return this builder
     */
    public Builder annotation(String name, String value) {
      return quadletKeyValue("Annotation", name, SystemdValue.literal(value));
    }

    /**
     * {@code Annotation=}: keyvals: KEY=VALUE ... (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --annotation=annotation=value}.
     *
     * @param name the name
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder annotation(String name, SystemdValue value) {
      return quadletKeyValue("Annotation", name, value);
    }

    /**
     * {@code Annotation=}: keyvals: KEY=VALUE ... (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --annotation=annotation=value}.
     *
     * @param values names and literal values, in the map's iteration order
     * @return this builder
     */
    public Builder annotation(Map<String, String> values) {
      values.forEach((n, v) -> quadletKeyValue("Annotation", n, SystemdValue.literal(v)));
      return this;
    }

    /**
     * {@code Arch=}: string: architecture (e.g. aarch64) (Podman 5.2+).
     * Podman: {@code --arch=aarch64}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder arch(String value) {
      return quadletSingle("Arch", SystemdValue.literal(value));
    }

    /**
     * {@code Arch=}: string: architecture (e.g. aarch64) (Podman 5.2+).
     * Podman: {@code --arch=aarch64}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder arch(SystemdValue value) {
      return quadletSingle("Arch", value);
    }

    /**
     * {@code AuthFile=}: path (Podman 5.2+).
     * Podman: {@code --authfile=/etc/registry/auth.json}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder authFile(String value) {
      return quadletSingle("AuthFile", SystemdValue.literal(value));
    }

    /**
     * {@code AuthFile=}: path (Podman 5.2+).
     * Podman: {@code --authfile=/etc/registry/auth.json}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder authFile(SystemdValue value) {
      return quadletSingle("AuthFile", value);
    }

    /**
     * {@code BuildArg=}: keyvals: NAME=VALUE ... (Podman 5.7+; repeatable, each call adds a line).
     * Podman: {@code --build-arg foo=bar}.
     *
     * @param name the name
     * @param value the value, literal
     * @return this builder
     */
    public Builder buildArg(String name, String value) {
      return quadletKeyValue("BuildArg", name, SystemdValue.literal(value));
    }

    /**
     * {@code BuildArg=}: keyvals: NAME=VALUE ... (Podman 5.7+; repeatable, each call adds a line).
     * Podman: {@code --build-arg foo=bar}.
     *
     * @param name the name
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder buildArg(String name, SystemdValue value) {
      return quadletKeyValue("BuildArg", name, value);
    }

    /**
     * {@code BuildArg=}: keyvals: NAME=VALUE ... (Podman 5.7+; repeatable, each call adds a line).
     * Podman: {@code --build-arg foo=bar}.
     *
     * @param values names and literal values, in the map's iteration order
     * @return this builder
     */
    public Builder buildArg(Map<String, String> values) {
      values.forEach((n, v) -> quadletKeyValue("BuildArg", n, SystemdValue.literal(v)));
      return this;
    }

    /**
     * {@code ContainersConfModule=}: path: containers.conf module (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --module=/etc/nvd.conf}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder containersConfModule(String value) {
      return quadlet("ContainersConfModule", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code ContainersConfModule=}: path: containers.conf module (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --module=/etc/nvd.conf}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder containersConfModule(SystemdValue value) {
      return quadlet("ContainersConfModule", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code DNS=}: string: IP address (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --dns=192.168.55.1}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder dns(String value) {
      return quadlet("DNS", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code DNS=}: string: IP address (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --dns=192.168.55.1}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder dns(SystemdValue value) {
      return quadlet("DNS", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code DNSOption=}: string: resolv.conf option (e.g. ndots:1) (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --dns-option=ndots:1}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder dnsOption(String value) {
      return quadlet("DNSOption", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code DNSOption=}: string: resolv.conf option (e.g. ndots:1) (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --dns-option=ndots:1}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder dnsOption(SystemdValue value) {
      return quadlet("DNSOption", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code DNSSearch=}: string: domain ("." removes search domain) (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --dns-search example.com}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder dnsSearch(String value) {
      return quadlet("DNSSearch", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code DNSSearch=}: string: domain ("." removes search domain) (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --dns-search example.com}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder dnsSearch(SystemdValue value) {
      return quadlet("DNSSearch", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code Environment=}: keyvals: NAME=VALUE ... (systemd Environment= syntax) (Podman 5.2+; repeatable, each call adds a line).
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
     * {@code Environment=}: keyvals: NAME=VALUE ... (systemd Environment= syntax) (Podman 5.2+; repeatable, each call adds a line).
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
     * {@code Environment=}: keyvals: NAME=VALUE ... (systemd Environment= syntax) (Podman 5.2+; repeatable, each call adds a line).
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
     * {@code File=}: string: Containerfile path (abs/relative) or http(s) URL (Podman 5.2+).
     * Podman: {@code --file=/path/to/Containerfile}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder file(String value) {
      return quadletSingle("File", SystemdValue.literal(value));
    }

    /**
     * {@code File=}: string: Containerfile path (abs/relative) or http(s) URL (Podman 5.2+).
     * Podman: {@code --file=/path/to/Containerfile}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder file(SystemdValue value) {
      return quadletSingle("File", value);
    }

    /**
     * {@code ForceRM=}: bool (default true) (Podman 5.2+).
     * Podman: {@code --force-rm=false}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder forceRm(boolean value) {
      return quadletBool("ForceRM", value);
    }

    /**
     * {@code GlobalArgs=}: args: podman global options (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --log-level=debug}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder globalArgs(String... words) {
      return quadlet("GlobalArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code GlobalArgs=}: args: podman global options (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --log-level=debug}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder globalArgs(List<SystemdValue> words) {
      return quadlet("GlobalArgs", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code GroupAdd=}: string: group name/GID or keep-groups (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --group-add=keep-groups}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder groupAdd(String value) {
      return quadlet("GroupAdd", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code GroupAdd=}: string: group name/GID or keep-groups (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --group-add=keep-groups}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder groupAdd(SystemdValue value) {
      return quadlet("GroupAdd", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code IgnoreFile=}: path (Podman 5.7+).
     * Podman: {@code --ignorefile=/path/to/.customignore}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder ignoreFile(String value) {
      return quadletSingle("IgnoreFile", SystemdValue.literal(value));
    }

    /**
     * {@code IgnoreFile=}: path (Podman 5.7+).
     * Podman: {@code --ignorefile=/path/to/.customignore}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder ignoreFile(SystemdValue value) {
      return quadletSingle("IgnoreFile", value);
    }

    /**
     * {@code ImageTag=}: image-ref: FQIN (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --tag=localhost/imagename}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder imageTag(String value) {
      return quadlet("ImageTag", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code ImageTag=}: image-ref: FQIN (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --tag=localhost/imagename}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder imageTag(SystemdValue value) {
      return quadlet("ImageTag", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code Label=}: keyvals: KEY=VALUE ... (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --label=label}.
     *
     * @param name the name
     * @param value the value, literal
     * @return this builder
     */
    public Builder label(String name, String value) {
      return quadletKeyValue("Label", name, SystemdValue.literal(value));
    }

    /**
     * {@code Label=}: keyvals: KEY=VALUE ... (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --label=label}.
     *
     * @param name the name
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder label(String name, SystemdValue value) {
      return quadletKeyValue("Label", name, value);
    }

    /**
     * {@code Label=}: keyvals: KEY=VALUE ... (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --label=label}.
     *
     * @param values names and literal values, in the map's iteration order
     * @return this builder
     */
    public Builder label(Map<String, String> values) {
      values.forEach((n, v) -> quadletKeyValue("Label", n, SystemdValue.literal(v)));
      return this;
    }

    /**
     * {@code Network=}: network-spec: mode|name | &lt;name&gt;.network (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --network=host}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder network(String value) {
      return quadlet("Network", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code Network=}: network-spec: mode|name | &lt;name&gt;.network (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --network=host}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder network(SystemdValue value) {
      return quadlet("Network", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --pull never}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder podmanArgs(String... words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --pull never}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder podmanArgs(List<SystemdValue> words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, words);
    }

    /**
     * {@code Pull=}: enum{always,missing,never,newer,true,false} (Podman 5.2+).
     * Podman: {@code --pull never}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder pull(PullPolicy value) {
      return quadletSingle("Pull", SystemdValue.literal(value.token()));
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
     * Podman: {@code --retry-delay=10s}.
     *
     * @param value the duration, written like {@code 1m30s}
     * @return this builder
     */
    public Builder retryDelay(Duration value) {
      return quadletDuration("RetryDelay", value);
    }

    /**
     * {@code Secret=}: args: secret-spec id=ID,src=PATH|env=VAR[,type=file|env] (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --secret=id=mysecret,src=path}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder secret(String... words) {
      return quadlet("Secret", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code Secret=}: args: secret-spec id=ID,src=PATH|env=VAR[,type=file|env] (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --secret=id=mysecret,src=path}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder secret(List<SystemdValue> words) {
      return quadlet("Secret", ValueKind.ARG_LIST, words);
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
     * {@code SetWorkingDirectory=}: string: path | URL | file | unit (Podman 5.2+).
     * Podman: {@code Set `WorkingDirectory` of systemd unit file}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder setWorkingDirectory(String value) {
      return quadletSingle("SetWorkingDirectory", SystemdValue.literal(value));
    }

    /**
     * {@code SetWorkingDirectory=}: string: path | URL | file | unit (Podman 5.2+).
     * Podman: {@code Set `WorkingDirectory` of systemd unit file}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder setWorkingDirectory(SystemdValue value) {
      return quadletSingle("SetWorkingDirectory", value);
    }

    /**
     * {@code Target=}: string: build stage name (Podman 5.2+).
     * Podman: {@code --target=my-app}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder target(String value) {
      return quadletSingle("Target", SystemdValue.literal(value));
    }

    /**
     * {@code Target=}: string: build stage name (Podman 5.2+).
     * Podman: {@code --target=my-app}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder target(SystemdValue value) {
      return quadletSingle("Target", value);
    }

    /**
     * {@code TLSVerify=}: bool (Podman 5.2+).
     * Podman: {@code --tls-verify=false}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder tlsVerify(boolean value) {
      return quadletBool("TLSVerify", value);
    }

    /**
     * {@code Variant=}: string: arch variant (arm/v7) (Podman 5.2+).
     * Podman: {@code --variant=arm/v7}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder variant(String value) {
      return quadletSingle("Variant", SystemdValue.literal(value));
    }

    /**
     * {@code Variant=}: string: arch variant (arm/v7) (Podman 5.2+).
     * Podman: {@code --variant=arm/v7}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder variant(SystemdValue value) {
      return quadletSingle("Variant", value);
    }

    /**
     * {@code Volume=}: volume-spec: [[SOURCE-VOLUME|HOST-DIR:]CONTAINER-DIR[:OPTIONS]]; SOURCE may be &lt;name&gt;.volume, "./rel" resolved vs unit dir (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --volume /source:/dest}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder volume(String value) {
      return quadlet("Volume", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code Volume=}: volume-spec: [[SOURCE-VOLUME|HOST-DIR:]CONTAINER-DIR[:OPTIONS]]; SOURCE may be &lt;name&gt;.volume, "./rel" resolved vs unit dir (Podman 5.2+; repeatable, each call adds a line).
     * Podman: {@code --volume /source:/dest}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder volume(SystemdValue value) {
      return quadlet("Volume", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code Network=UNIT}: the {@code .network} unit to use; the set must contain it.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder network(NetworkUnit unit) {
      return quadlet("Network", QuadletKeys.require("Build", "Network").kind(), List.of(SystemdValue.literal(unit.fileName())));
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
