package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import java.util.List;

/**
 * A {@code .kube} Quadlet unit ({@code [Kube]} section; Quadlet runs {@code podman kube play}). Every key of the
 * section has a typed builder method; plain {@code String} values are literal, {@link SystemdValue}
 * lets systemd expand specifiers. Generated from the Quadlet key catalog ({@link QuadletKeys}).
 *
 * <pre>{@code
 * KubeUnit kube = KubeUnit.builder("app").yaml("/etc/containers/kube/app.yaml").build();
 * }</pre>
 */
public final class KubeUnit extends QuadletUnit {

  KubeUnit(String name, UnitFile file, PodmanVersion version) {
    super(UnitType.KUBE, name, file, version);
  }

  /**
   * A builder for {@code NAME.kube}.
   *
   * @param name the unit name without extension: {@code web}, a template {@code web@}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name, null, null);
  }

  /**
   * Parses a {@code .kube} file (strictly: unknown keys are errors).
   *
   * @param fileName the file name, ending in {@code .kube}
   * @param text the content
   * @return the unit
   * @throws ParseException {@code FILE:LINE: reason}
   */
  public static KubeUnit parse(String fileName, String text) {
    if (QuadletUnit.parse(fileName, text) instanceof KubeUnit u) {
      return u;
    }
    throw new ParseException(fileName, 0, "not a .kube file");
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

  /** Builder of {@link KubeUnit}; not thread-safe. */
  public static final class Builder extends UnitBuilder<KubeUnit, Builder> {
    Builder(String name, UnitFile base, PodmanVersion version) {
      super(UnitType.KUBE, name, base, version);
    }

    @Override
    KubeUnit create(String name, UnitFile file, PodmanVersion version) {
      return new KubeUnit(name, file, version);
    }

    /**
     * {@code AutoUpdate=}: words: registry|local or CONTAINER/registry|CONTAINER/local (Podman 4.7+; repeatable, each call adds a line).
     * Podman: {@code --annotation "io.containers.autoupdate=registry"}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder autoUpdate(String... words) {
      return quadlet("AutoUpdate", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code AutoUpdate=}: words: registry|local or CONTAINER/registry|CONTAINER/local (Podman 4.7+; repeatable, each call adds a line).
     * Podman: {@code --annotation "io.containers.autoupdate=registry"}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder autoUpdate(List<SystemdValue> words) {
      return quadlet("AutoUpdate", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code ConfigMap=}: words: path (abs or relative to unit file) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --config-map /tmp/config.map}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder configMap(String... words) {
      return quadlet("ConfigMap", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code ConfigMap=}: words: path (abs or relative to unit file) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --config-map /tmp/config.map}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder configMap(List<SystemdValue> words) {
      return quadlet("ConfigMap", ValueKind.WORD_LIST, words);
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
     * {@code ExitCodePropagation=}: enum{all,any,none} (Podman 4.6+).
     * Podman: {@code How to propagate container error status}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder exitCodePropagation(ExitCodePropagation value) {
      return quadletSingle("ExitCodePropagation", SystemdValue.literal(value.token()));
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
     * {@code KubeDownForce=}: bool (Podman 4.8+).
     * Podman: {@code --force (for `podman kube down`)}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder kubeDownForce(boolean value) {
      return quadletBool("KubeDownForce", value);
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
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder logOpt(String... words) {
      return quadlet("LogOpt", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code LogOpt=}: words: name=value (Podman 5.2+; repeatable, each call adds a line).
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder logOpt(List<SystemdValue> words) {
      return quadlet("LogOpt", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code Network=}: network-spec: mode|name[:opts] | &lt;name&gt;.network (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --network host}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder network(String value) {
      return quadlet("Network", ValueKind.VERBATIM_LIST, List.of(SystemdValue.literal(value)));
    }

    /**
     * {@code Network=}: network-spec: mode|name[:opts] | &lt;name&gt;.network (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --network host}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder network(SystemdValue value) {
      return quadlet("Network", ValueKind.VERBATIM_LIST, List.of(value));
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --annotation=key=value}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder podmanArgs(String... words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --annotation=key=value}.
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
     * {@code SetWorkingDirectory=}: enum{yaml,unit} (Podman 4.7+).
     * Podman: {@code Set `WorkingDirectory` of unit file to location of the YAML file}.
     *
     * @param value the choice
     * @return this builder
     */
    public Builder setWorkingDirectory(KubeWorkingDirectory value) {
      return quadletSingle("SetWorkingDirectory", SystemdValue.literal(value.token()));
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
     * {@code Yaml=}: path: Kubernetes YAML (abs or relative to unit file) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code podman kube play /tmp/kube.yaml}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder yaml(String... words) {
      return quadlet("Yaml", ValueKind.WORD_LIST, literals(words));
    }

    /**
     * {@code Yaml=}: path: Kubernetes YAML (abs or relative to unit file) (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code podman kube play /tmp/kube.yaml}.
     *
     * @param words the words of one line, with their systemd expansion
     * @return this builder
     */
    public Builder yaml(List<SystemdValue> words) {
      return quadlet("Yaml", ValueKind.WORD_LIST, words);
    }

    /**
     * {@code Network=UNIT}: the {@code .network} unit to join; the set must contain it.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder network(NetworkUnit unit) {
      return quadlet("Network", QuadletKeys.require("Kube", "Network").kind(), List.of(SystemdValue.literal(unit.fileName())));
    }
  }
}
