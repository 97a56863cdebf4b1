package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Quadlet unit file ({@code .container}, {@code .volume}, {@code .network}, {@code .pod},
 * {@code .kube}, {@code .image}, {@code .build}, {@code .artifact}): its name, type, target Podman
 * version and content. Immutable; {@link #toString()} is the rendered file.
 *
 * <p>Values given through typed builder methods are validated and escaped so that Podman's Quadlet
 * generator reads back exactly the caller's value; values of parsed files are kept as written.
 *
 * <pre>{@code
 * QuadletUnit unit = QuadletUnit.parse("web.container", "[Container]\nImage=quay.io/x/web:1\n");
 * ContainerUnit web = (ContainerUnit) unit;
 * String text = web.toBuilder().publishPort("8080:80").build().render();
 * }</pre>
 */
public abstract sealed class QuadletUnit
    permits ContainerUnit, VolumeUnit, NetworkUnit, PodUnit, KubeUnit, ImageUnit, BuildUnit,
        ArtifactUnit {
  private final UnitType type;
  private final String name;
  private final UnitFile file;
  private final PodmanVersion version;

  QuadletUnit(UnitType type, String name, UnitFile file, PodmanVersion version) {
    this.type = Objects.requireNonNull(type, "type");
    this.name = Objects.requireNonNull(name, "name");
    this.file = Objects.requireNonNull(file, "file");
    this.version = Objects.requireNonNull(version, "version");
  }

  /**
   * Parses a Quadlet file, choosing the type by its extension. Every key of the Quadlet sections
   * must be one Quadlet knows (in some version).
   *
   * @param fileName e.g. {@code web.container}
   * @param text the file content
   * @return the typed unit ({@link ContainerUnit}, …)
   * @throws ParseException {@code FILE:LINE: reason} for a syntax error or an unsupported key
   */
  public static QuadletUnit parse(String fileName, String text) {
    return UnitParser.parse(fileName, text, true);
  }

  /**
   * Parses a Quadlet file keeping unknown keys as they are (so a file Quadlet rejects still renders
   * back to the same text).
   *
   * @param fileName e.g. {@code web.container}
   * @param text the file content
   * @return the typed unit
   * @throws ParseException when the text is not a unit file at all or the extension is unknown
   */
  public static QuadletUnit parseLenient(String fileName, String text) {
    return UnitParser.parse(fileName, text, false);
  }

  /**
   * Parses the bytes of a Quadlet file, which must be UTF-8 (see {@link UnitFile#decode(String,
   * byte[])}: nothing is replaced, the limits of {@link io.tankos.core.unit.UnitFileLimits} apply).
   *
   * @param fileName e.g. {@code web.container}
   * @param bytes the file content
   * @return the typed unit
   * @throws ParseException {@code FILE:LINE: reason}, also for malformed UTF-8 and NUL characters
   */
  public static QuadletUnit parse(String fileName, byte[] bytes) {
    return parse(fileName, UnitFile.decode(fileName, bytes));
  }

  /**
   * Parses the bytes of a Quadlet file keeping unknown keys; bytes are read as in {@link
   * #parse(String, byte[])}.
   *
   * @param fileName e.g. {@code web.container}
   * @param bytes the file content
   * @return the typed unit
   * @throws ParseException when the content is not a unit file at all or not UTF-8
   */
  public static QuadletUnit parseLenient(String fileName, byte[] bytes) {
    return parseLenient(fileName, UnitFile.decode(fileName, bytes));
  }

  static QuadletUnit create(UnitType type, String name, UnitFile file, PodmanVersion version) {
    return switch (type) {
      case CONTAINER -> new ContainerUnit(name, file, version);
      case VOLUME -> new VolumeUnit(name, file, version);
      case NETWORK -> new NetworkUnit(name, file, version);
      case POD -> new PodUnit(name, file, version);
      case KUBE -> new KubeUnit(name, file, version);
      case IMAGE -> new ImageUnit(name, file, version);
      case BUILD -> new BuildUnit(name, file, version);
      case ARTIFACT -> new ArtifactUnit(name, file, version);
    };
  }

  /**
   * A builder holding this unit's content (kept as written) and target version; the concrete unit
   * classes return their own builder type.
   *
   * @return a pre-filled builder
   */
  public abstract UnitBuilder<?, ?> toBuilder();

  /**
   * The unit type.
   *
   * @return the type
   */
  public UnitType unitType() {
    return type;
  }

  /**
   * The name without extension: {@code web}, a template {@code worker@}, an instance
   * {@code worker@one}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The file name, e.g. {@code web.container}.
   *
   * @return the file name
   */
  public String fileName() {
    return name + "." + type.extension();
  }

  /**
   * Whether this is a template ({@code worker@.container}).
   *
   * @return true for a template
   */
  public boolean isTemplate() {
    return name.endsWith("@");
  }

  /**
   * The name of the systemd service Quadlet generates: {@code ServiceName=} if set, else the name
   * plus the type's suffix ({@code web-volume.service}; for a template {@code web-volume@.service}).
   *
   * @return the service unit name
   */
  public String serviceName() {
    Optional<String> explicit = file.lastValue(type.section(), "ServiceName");
    if (explicit.isPresent() && !explicit.get().isEmpty()) {
      return explicit.get() + ".service";
    }
    int at = name.indexOf('@');
    if (at >= 0) {
      return name.substring(0, at) + type.serviceSuffix() + name.substring(at) + ".service";
    }
    return name + type.serviceSuffix() + ".service";
  }

  /**
   * The Podman version the unit was built for.
   *
   * @return the target version
   */
  public PodmanVersion podmanVersion() {
    return version;
  }

  /**
   * The content as a unit file (sections, entries and comments as rendered).
   *
   * @return the unit file
   */
  public UnitFile toUnitFile() {
    return file;
  }

  /**
   * The Quadlet section ({@code [Container]} for a .container), if present.
   *
   * @return the section
   */
  public Optional<Section> quadletSection() {
    return file.section(type.section());
  }

  /**
   * Every value of a key of the Quadlet section, as written.
   *
   * @param key e.g. {@code PublishPort}
   * @return the values in order
   */
  public List<String> values(String key) {
    return file.values(type.section(), key);
  }

  /**
   * The last value of a key of the Quadlet section, as written.
   *
   * @param key e.g. {@code Image}
   * @return the value, if present
   */
  public Optional<String> lastValue(String key) {
    return file.lastValue(type.section(), key);
  }

  /**
   * The rendered file.
   *
   * @return the text
   */
  public String render() {
    return file.render();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuadletUnit u
        && u.type == type
        && u.name.equals(name)
        && u.file.equals(file)
        && u.version == version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, file, version);
  }

  /** The rendered file, see {@link #render()}. */
  @Override
  public String toString() {
    return render();
  }
}
