package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import java.util.List;
import java.util.Map;

/**
 * A {@code .volume} Quadlet unit ({@code [Volume]} section; Quadlet runs {@code podman volume create}). Every key of the
 * section has a typed builder method; plain {@code String} values are literal, {@link SystemdValue}
 * lets systemd expand specifiers. Generated from the Quadlet key catalog ({@link QuadletKeys}).
 *
 * <pre>{@code
 * VolumeUnit data = VolumeUnit.builder("web-data").label("app", "web").build();
 * }</pre>
 */
public final class VolumeUnit extends QuadletUnit {

  VolumeUnit(String name, UnitFile file, PodmanVersion version) {
    super(UnitType.VOLUME, name, file, version);
  }

  /**
   * A builder for {@code NAME.volume}.
   *
   * @param name the unit name without extension: {@code web}, a template {@code web@}
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name, null, null);
  }

  /**
   * Parses a {@code .volume} file (strictly: unknown keys are errors).
   *
   * @param fileName the file name, ending in {@code .volume}
   * @param text the content
   * @return the unit
   * @throws ParseException {@code FILE:LINE: reason}
   */
  public static VolumeUnit parse(String fileName, String text) {
    if (QuadletUnit.parse(fileName, text) instanceof VolumeUnit u) {
      return u;
    }
    throw new ParseException(fileName, 0, "not a .volume file");
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

  /** Builder of {@link VolumeUnit}; not thread-safe. */
  public static final class Builder extends UnitBuilder<VolumeUnit, Builder> {
    Builder(String name, UnitFile base, PodmanVersion version) {
      super(UnitType.VOLUME, name, base, version);
    }

    @Override
    VolumeUnit create(String name, UnitFile file, PodmanVersion version) {
      return new VolumeUnit(name, file, version);
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
     * {@code Copy=}: bool (default true) (Podman 4.4+).
     * Podman: {@code --opt copy}.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder copy(boolean value) {
      return quadletBool("Copy", value);
    }

    /**
     * {@code Device=}: string: device path or fs source (e.g. tmpfs, /dev/sdb1, host dir for Type=bind) (Podman 4.4+).
     * Podman: {@code --opt device=tmpfs}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder device(String value) {
      return quadletSingle("Device", SystemdValue.literal(value));
    }

    /**
     * {@code Device=}: string: device path or fs source (e.g. tmpfs, /dev/sdb1, host dir for Type=bind) (Podman 4.4+).
     * Podman: {@code --opt device=tmpfs}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder device(SystemdValue value) {
      return quadletSingle("Device", value);
    }

    /**
     * {@code Driver=}: string: volume driver (e.g. local, image) (Podman 4.8+).
     * Podman: {@code --driver=image}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder driver(String value) {
      return quadletSingle("Driver", SystemdValue.literal(value));
    }

    /**
     * {@code Driver=}: string: volume driver (e.g. local, image) (Podman 4.8+).
     * Podman: {@code --driver=image}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder driver(SystemdValue value) {
      return quadletSingle("Driver", value);
    }

    /**
     * {@code GID=}: string: numeric GID (Podman 6.0.0-dev+).
     * Podman: {@code --gid 5678}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder gid(long value) {
      return quadletNumber("GID", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code GID=}: string: numeric GID (Podman 6.0.0-dev+).
     * Podman: {@code --gid 5678}.
     *
     * @param value the value, with its systemd expansion (e.g. {@code %G})
     * @return this builder
     */
    public Builder gid(SystemdValue value) {
      return quadletSingle("GID", value);
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
     * {@code Group=}: uint: numeric host GID (parsed with LookupUint32; non-numeric -&gt; 0) (Podman 4.4+).
     * Podman: {@code --opt "o=group=192"}.
     *
     * @param value 0 … 4294967295
     * @return this builder
     */
    public Builder group(long value) {
      return quadletNumber("Group", value, 0, 4294967295L);
    }

    /**
     * {@code Image=}: image-ref: FQIN or &lt;name&gt;.image / &lt;name&gt;.build (requires Driver=image) (Podman 4.8+).
     * Podman: {@code --opt image=quay.io/centos/centos\:latest}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder image(String value) {
      return quadletSingle("Image", SystemdValue.literal(value));
    }

    /**
     * {@code Image=}: image-ref: FQIN or &lt;name&gt;.image / &lt;name&gt;.build (requires Driver=image) (Podman 4.8+).
     * Podman: {@code --opt image=quay.io/centos/centos\:latest}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder image(SystemdValue value) {
      return quadletSingle("Image", value);
    }

    /**
     * {@code Label=}: keyvals: KEY=VALUE ... (Podman 4.4+; repeatable, each call adds a line).
     * Podman: {@code --label "foo=bar"}.
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
     * Podman: {@code --label "foo=bar"}.
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
     * Podman: {@code --label "foo=bar"}.
     *
     * @param values names and literal values, in the map's iteration order
     * @return this builder
     */
    public Builder label(Map<String, String> values) {
      values.forEach((n, v) -> quadletKeyValue("Label", n, SystemdValue.literal(v)));
      return this;
    }

    /**
     * {@code Options=}: string: mount(8) -o options (Podman 4.4+).
     * Podman: {@code --opt "o=XYZ"}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder options(String value) {
      return quadletSingle("Options", SystemdValue.literal(value));
    }

    /**
     * {@code Options=}: string: mount(8) -o options (Podman 4.4+).
     * Podman: {@code --opt "o=XYZ"}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder options(SystemdValue value) {
      return quadletSingle("Options", value);
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --driver=image}.
     *
     * @param words the words of one line, literal
     * @return this builder
     */
    public Builder podmanArgs(String... words) {
      return quadlet("PodmanArgs", ValueKind.ARG_LIST, literals(words));
    }

    /**
     * {@code PodmanArgs=}: args: extra podman sub-command args (Podman 4.6+; repeatable, each call adds a line).
     * Podman: {@code --driver=image}.
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
     * {@code Type=}: string: filesystem type for Device (mount -t; "bind" adds RequiresMountsFor) (Podman 4.4+).
     * Podman: {@code Filesystem type of Device}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder type(String value) {
      return quadletSingle("Type", SystemdValue.literal(value));
    }

    /**
     * {@code Type=}: string: filesystem type for Device (mount -t; "bind" adds RequiresMountsFor) (Podman 4.4+).
     * Podman: {@code Filesystem type of Device}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder type(SystemdValue value) {
      return quadletSingle("Type", value);
    }

    /**
     * {@code UID=}: string: numeric UID (Podman 6.0.0-dev+).
     * Podman: {@code --uid 1234}.
     *
     * @param value a non-negative number
     * @return this builder
     */
    public Builder uid(long value) {
      return quadletNumber("UID", value, 0, Long.MAX_VALUE);
    }

    /**
     * {@code UID=}: string: numeric UID (Podman 6.0.0-dev+).
     * Podman: {@code --uid 1234}.
     *
     * @param value the value, with its systemd expansion (e.g. {@code %G})
     * @return this builder
     */
    public Builder uid(SystemdValue value) {
      return quadletSingle("UID", value);
    }

    /**
     * {@code User=}: uint: numeric host UID (parsed with LookupUint32; non-numeric -&gt; 0) (Podman 4.4+).
     * Podman: {@code --opt "o=uid=123"}.
     *
     * @param value 0 … 4294967295
     * @return this builder
     */
    public Builder user(long value) {
      return quadletNumber("User", value, 0, 4294967295L);
    }

    /**
     * {@code VolumeName=}: string: volume name (default systemd-&lt;unit&gt;) (Podman 4.7+).
     * Podman: {@code podman volume create foo}.
     *
     * @param value the value, literal
     * @return this builder
     */
    public Builder volumeName(String value) {
      return quadletSingle("VolumeName", SystemdValue.literal(value));
    }

    /**
     * {@code VolumeName=}: string: volume name (default systemd-&lt;unit&gt;) (Podman 4.7+).
     * Podman: {@code podman volume create foo}.
     *
     * @param value the value, with its systemd expansion
     * @return this builder
     */
    public Builder volumeName(SystemdValue value) {
      return quadletSingle("VolumeName", value);
    }

    /**
     * {@code Image=UNIT}: the {@code .image} unit (with {@code Driver=image}); the set must contain it.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder image(ImageUnit unit) {
      return quadlet("Image", QuadletKeys.require("Volume", "Image").kind(), List.of(SystemdValue.literal(unit.fileName())));
    }

    /**
     * {@code Image=UNIT}: the {@code .build} unit (with {@code Driver=image}); the set must contain it.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder image(BuildUnit unit) {
      return quadlet("Image", QuadletKeys.require("Volume", "Image").kind(), List.of(SystemdValue.literal(unit.fileName())));
    }
  }
}
