package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import java.util.Objects;
import java.util.Optional;

/**
 * One key Quadlet reads in a Quadlet section ({@code [Container]}, …, {@code [Quadlet]}), with the
 * metadata that drives validation, rendering and parsing. The full set is {@link QuadletKeys}.
 *
 * <pre>{@code
 * QuadletKey k = QuadletKeys.CONTAINER_PUBLISH_PORT;
 * k.kind();                          // VERBATIM_LIST
 * k.availableIn(PodmanVersion.V4_4); // true
 * }</pre>
 */
public final class QuadletKey {
  private final String section;
  private final String name;
  private final ValueKind kind;
  private final PodmanVersion since;
  private final PodmanVersion repeatableSince;
  private final String shape;
  private final String podmanFlag;

  /** {@code Section.Key}, written once: the checks of every value ask for it. */
  private final String qualifiedName;

  /** Where a builder writes the key's values, made once: every typed setter asks for it. */
  private final KeySlot slot;

  /**
   * A key of the catalog (the constants of {@link QuadletKeys}).
   *
   * @param section the section
   * @param name the key
   * @param kind how Quadlet reads it
   * @param since the first version that knows it
   * @param repeatableSince the first version in which lines accumulate, or null
   * @param shape the documented value shape
   * @param podmanFlag the documented Podman option
   */
  QuadletKey(
      String section,
      String name,
      ValueKind kind,
      PodmanVersion since,
      PodmanVersion repeatableSince,
      String shape,
      String podmanFlag) {
    this.section = Objects.requireNonNull(section);
    this.name = Objects.requireNonNull(name);
    this.kind = Objects.requireNonNull(kind);
    this.since = Objects.requireNonNull(since);
    this.repeatableSince = repeatableSince;
    this.shape = Objects.requireNonNull(shape);
    this.podmanFlag = Objects.requireNonNull(podmanFlag);
    this.qualifiedName = section + "." + name;
    this.slot = KeySlot.of(this); // last: it reads the fields above
  }

  /**
   * The section, e.g. {@code Container} or {@code Quadlet}.
   *
   * @return the section name
   */
  public String section() {
    return section;
  }

  /**
   * The key, case-sensitive, e.g. {@code PublishPort}.
   *
   * @return the key name
   */
  public String name() {
    return name;
  }

  /**
   * How Quadlet reads the value.
   *
   * @return the value kind
   */
  public ValueKind kind() {
    return kind;
  }

  /**
   * Whether several lines accumulate (in the newest version).
   *
   * @return true for list keys
   */
  public boolean repeatable() {
    return repeatableSince != null;
  }

  /**
   * Whether several lines accumulate in a given version.
   *
   * @param version the target
   * @return true when the key is a list there
   */
  public boolean repeatableIn(PodmanVersion version) {
    return repeatableSince != null && version.atLeast(repeatableSince);
  }

  /**
   * The first Podman version in which several lines of the key accumulate.
   *
   * @return the version, empty for a single-valued key
   */
  public Optional<PodmanVersion> repeatableSince() {
    return Optional.ofNullable(repeatableSince);
  }

  /**
   * The first Podman version that knows the key.
   *
   * @return the version
   */
  public PodmanVersion since() {
    return since;
  }

  /**
   * Whether the key is known by a version.
   *
   * @param version the target
   * @return true when Quadlet of that version accepts the key
   */
  public boolean availableIn(PodmanVersion version) {
    return version.atLeast(since);
  }

  /**
   * The documented value shape, e.g. {@code port-mapping: [[ip:][hostPort]:]containerPort[/proto]}.
   *
   * @return free text from podman-systemd.unit(5)
   */
  public String shape() {
    return shape;
  }

  /**
   * The documented equivalent Podman option, e.g. {@code --publish 8080:80}, or empty.
   *
   * @return free text
   */
  public String podmanFlag() {
    return podmanFlag;
  }

  /**
   * {@code Section.Key}.
   *
   * @return the qualified name
   */
  public String qualifiedName() {
    return qualifiedName;
  }

  /** The key's slot ({@link KeySlot#of}). */
  KeySlot slot() {
    return slot;
  }

  @Override
  public String toString() {
    return qualifiedName();
  }
}
