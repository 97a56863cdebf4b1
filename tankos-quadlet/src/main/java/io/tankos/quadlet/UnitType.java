package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import java.util.List;
import java.util.Optional;

/** The Quadlet unit types: file extension, Quadlet section, first Podman version, service suffix. */
public enum UnitType {
  /** {@code NAME.container}: {@code podman run}, service {@code NAME.service}. */
  CONTAINER("container", "Container", PodmanVersion.V4_4, ""),
  /** {@code NAME.volume}: {@code podman volume create}, service {@code NAME-volume.service}. */
  VOLUME("volume", "Volume", PodmanVersion.V4_4, "-volume"),
  /** {@code NAME.network}: {@code podman network create}, service {@code NAME-network.service}. */
  NETWORK("network", "Network", PodmanVersion.V4_4, "-network"),
  /** {@code NAME.pod} (5.0+): {@code podman pod create}, service {@code NAME-pod.service}. */
  POD("pod", "Pod", PodmanVersion.V5_0, "-pod"),
  /** {@code NAME.kube}: {@code podman kube play}, service {@code NAME.service}. */
  KUBE("kube", "Kube", PodmanVersion.V4_4, ""),
  /** {@code NAME.image} (4.8+): {@code podman image pull}, service {@code NAME-image.service}. */
  IMAGE("image", "Image", PodmanVersion.V4_8, "-image"),
  /** {@code NAME.build} (5.2+): {@code podman build}, service {@code NAME-build.service}. */
  BUILD("build", "Build", PodmanVersion.V5_2, "-build"),
  /** {@code NAME.artifact} (5.7+): {@code podman artifact pull}, service {@code NAME-artifact.service}. */
  ARTIFACT("artifact", "Artifact", PodmanVersion.V5_7, "-artifact");

  /** {@link #values()} once (each call of that copies the array). */
  private static final UnitType[] VALUES = values();
  /** Each type as an {@link Optional}, made once: a check asks for the type of every file and word. */
  private static final List<Optional<UnitType>> PRESENT = present();

  private final String extension;
  private final String section;
  private final PodmanVersion since;
  private final String serviceSuffix;
  /** The service suffix with {@code .service}, e.g. {@code -pod.service}. */
  private final String serviceFileSuffix;
  /** The extension with its dot, e.g. {@code .container}. */
  private final String dotExtension;

  UnitType(String extension, String section, PodmanVersion since, String serviceSuffix) {
    this.extension = extension;
    this.dotExtension = "." + extension;
    this.section = section;
    this.since = since;
    this.serviceSuffix = serviceSuffix;
    this.serviceFileSuffix = serviceSuffix + ".service";
  }

  /** The service a unit of this type named {@code stem} generates: {@code STEM[SUFFIX].service}, one exact string. */
  String serviceName(String stem) {
    return stem.concat(serviceFileSuffix);
  }

  /** The file name of a unit of this type: {@code NAME.EXTENSION}, one exact string. */
  String fileName(String name) {
    return name.concat(dotExtension);
  }

  /**
   * The file extension without the dot, e.g. {@code container}.
   *
   * @return the extension
   */
  public String extension() {
    return extension;
  }

  /**
   * The Quadlet section, e.g. {@code Container}.
   *
   * @return the section name
   */
  public String section() {
    return section;
  }

  /**
   * The first Podman version that loads this unit type.
   *
   * @return the version
   */
  public PodmanVersion since() {
    return since;
  }

  /**
   * The suffix Quadlet adds to the generated service name ({@code -volume}, or empty).
   *
   * @return the suffix
   */
  public String serviceSuffix() {
    return serviceSuffix;
  }

  private static List<Optional<UnitType>> present() {
    List<Optional<UnitType>> out = new java.util.ArrayList<>();
    for (UnitType t : VALUES) { // a loop, not a stream: made at the start of every quadlet command
      out.add(Optional.of(t));
    }
    return List.copyOf(out);
  }

  /**
   * The type of a file name by its extension.
   *
   * @param fileName e.g. {@code web.container}
   * @return the type, if the extension is a Quadlet one
   */
  public static Optional<UnitType> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    int length = fileName.length() - dot - 1;
    for (UnitType t : VALUES) { // compared in place: a check asks this of every file and word
      if (t.extension.length() == length && fileName.startsWith(t.extension, dot + 1)) {
        return PRESENT.get(t.ordinal());
      }
    }
    return Optional.empty();
  }

  /**
   * The type of an extension.
   *
   * @param extension e.g. {@code container}
   * @return the type, if known
   */
  public static Optional<UnitType> ofExtension(String extension) {
    for (UnitType t : VALUES) {
      if (t.extension.equals(extension)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The type whose Quadlet section has a name.
   *
   * @param section e.g. {@code Container}
   * @return the type; empty for {@code Quadlet} and other sections
   */
  public static Optional<UnitType> ofSection(String section) {
    for (UnitType t : VALUES) {
      if (t.section.equals(section)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
