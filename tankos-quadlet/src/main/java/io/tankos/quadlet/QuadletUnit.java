package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.quadlet.internal.QuadletReading;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Quadlet unit file ({@code .container}, {@code .volume}, {@code .network}, {@code .pod},
 * {@code .kube}, {@code .image}, {@code .build}, {@code .artifact}): its name, type and content.
 * Immutable. {@link #render()} and {@link #toString()} write the unit as modelled and never fail;
 * {@link #render(PodmanVersion, TargetPolicy)} writes it for one Podman version. The typed read-back
 * methods of the concrete classes ({@code image()}, {@code publishPorts()}, {@code environment()}, …)
 * return what Quadlet reads.
 *
 * <p>Values given through typed builder methods are validated and escaped so that Podman's Quadlet
 * generator reads back exactly the caller's value; values of parsed files are kept as written.
 *
 * <pre>{@code
 * ContainerUnit web = ContainerUnit.parse("web.container", "[Container]\nImage=quay.io/x/web:1\n");
 * web.image();                                                    // Optional[quay.io/x/web:1]
 * String text = web.toBuilder().addPublishPort("8080:80").build().render(PodmanVersion.V5_4, TargetPolicy.STRICT);
 * }</pre>
 */
public abstract sealed class QuadletUnit implements KeyReader
    permits ContainerUnit, VolumeUnit, NetworkUnit, PodUnit, KubeUnit, ImageUnit, BuildUnit,
        ArtifactUnit {
  private final UnitType type;
  private final String name;
  private final UnitFile file;
  private final String fileName;
  /** {@link #serviceName()}, once asked. */
  private String serviceName;

  QuadletUnit(UnitType type, String name, UnitFile file) {
    this.type = Objects.requireNonNull(type, "type");
    this.name = Objects.requireNonNull(name, "name");
    this.file = Objects.requireNonNull(file, "file");
    this.fileName = type.fileName(name);
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

  /** Parses strictly and checks the type: the {@code parse} of each concrete class. */
  static <T extends QuadletUnit> T parse(String fileName, String text, Class<T> expected) {
    QuadletUnit u = parse(fileName, text);
    if (expected.isInstance(u)) {
      return expected.cast(u);
    }
    String ext = expected.getSimpleName().replace("Unit", "").toLowerCase(java.util.Locale.ROOT);
    throw new ParseException(fileName, 0, "not a ." + ext + " file");
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

  static QuadletUnit create(UnitType type, String name, UnitFile file) {
    return switch (type) {
      case CONTAINER -> new ContainerUnit(name, file);
      case VOLUME -> new VolumeUnit(name, file);
      case NETWORK -> new NetworkUnit(name, file);
      case POD -> new PodUnit(name, file);
      case KUBE -> new KubeUnit(name, file);
      case IMAGE -> new ImageUnit(name, file);
      case BUILD -> new BuildUnit(name, file);
      case ARTIFACT -> new ArtifactUnit(name, file);
    };
  }

  /**
   * A builder holding this unit's content (kept as written); the concrete unit classes return their
   * own builder type.
   *
   * @return a pre-filled builder
   */
  public abstract UnitBuilder<?, ?> toBuilder();

  @Override
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
    return fileName;
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
    String s = serviceName;
    if (s == null) { // racy single check: every thread computes the same immutable string
      s = computeServiceName();
      serviceName = s;
    }
    return s;
  }

  private String computeServiceName() {
    Optional<String> explicit = QuadletReading.single(file.values(type.section(), "ServiceName"));
    if (explicit.isPresent() && !explicit.get().isEmpty()) {
      return explicit.get() + ".service";
    }
    int at = name.indexOf('@');
    if (at >= 0) {
      return name.substring(0, at) + type.serviceSuffix() + name.substring(at) + ".service";
    }
    return type.serviceName(name);
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

  @Override
  public List<String> values(QuadletKey key) {
    return file.values(key.section(), key.name());
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
   * {@code [Unit] Description=}.
   *
   * @return the description, if set
   */
  public Optional<String> description() {
    return file.lastValue("Unit", "Description");
  }

  /**
   * {@code [Install] WantedBy=}: the units that want the service.
   *
   * @return the unit names
   */
  public List<String> wantedBy() {
    return QuadletReading.strv(file.values("Install", "WantedBy"));
  }

  /**
   * {@code [Service] TimeoutStartSec=}, as written.
   *
   * @return the time span, if set
   */
  public Optional<String> timeoutStartSec() {
    return file.lastValue("Service", "TimeoutStartSec");
  }

  /**
   * {@code [Service] ExecStartPre=}: the commands run before the service, each split into words.
   *
   * @return the commands in order
   */
  public List<List<String>> execStartPre() {
    return file.values("Service", "ExecStartPre").stream()
        .map(v -> QuadletReading.argWords(v).orElse(List.of()))
        .toList();
  }

  /**
   * The unit as modelled; never fails.
   *
   * @return the text
   */
  public String render() {
    return file.render();
  }

  /**
   * The unit for one Podman version: every line the target reads as modelled is written as it is; a
   * key the target lacks is refused ({@link TargetPolicy#STRICT}) or written as the equivalent
   * {@code PodmanArgs=} option where Quadlet has one ({@link TargetPolicy#REWRITE}).
   *
   * @param target the Podman version, 4.4 or later (a detected version such as 5.4.2 as it is)
   * @param policy what to do with keys the target lacks
   * @return the text
   * @throws io.tankos.core.validation.ValidationException naming each line, the target and the first
   *     version that reads it as modelled
   */
  public String render(PodmanVersion target, TargetPolicy policy) {
    return toUnitFile(target, policy).render();
  }

  /**
   * The content for one Podman version, see {@link #render(PodmanVersion, TargetPolicy)}.
   *
   * @param target the Podman version
   * @param policy what to do with keys the target lacks
   * @return the unit file
   */
  public UnitFile toUnitFile(PodmanVersion target, TargetPolicy policy) {
    return TargetCheck.render(type, fileName(), file, Objects.requireNonNull(target, "target"),
        Objects.requireNonNull(policy, "policy"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuadletUnit u && u.type == type && u.name.equals(name) && u.file.equals(file);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, file);
  }

  /** The unit as modelled, see {@link #render()}; never fails. */
  @Override
  public String toString() {
    return render();
  }
}
