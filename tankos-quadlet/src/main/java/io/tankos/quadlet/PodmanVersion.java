package io.tankos.quadlet;

import java.util.Objects;

/**
 * A Podman release line whose Quadlet generator the units are written for. Keys the target lacks are
 * rejected or downgraded (see {@link VersionPolicy}); rendering differences between versions are
 * applied.
 *
 * <pre>{@code
 * ContainerUnit.builder("web").podmanVersion(PodmanVersion.V5_4).image("quay.io/x/web:1").build();
 * PodmanVersion.parse("5.4.2"); // V5_4
 * }</pre>
 */
public enum PodmanVersion {
  /** Podman 4.4, the first release with Quadlet. */
  V4_4(4, 4),
  /** Podman 4.5. */
  V4_5(4, 5),
  /** Podman 4.6. */
  V4_6(4, 6),
  /** Podman 4.7. */
  V4_7(4, 7),
  /** Podman 4.8. */
  V4_8(4, 8),
  /** Podman 4.9. */
  V4_9(4, 9),
  /** Podman 5.0. */
  V5_0(5, 0),
  /** Podman 5.1. */
  V5_1(5, 1),
  /** Podman 5.2. */
  V5_2(5, 2),
  /** Podman 5.3. */
  V5_3(5, 3),
  /** Podman 5.4 (Debian 13). */
  V5_4(5, 4),
  /** Podman 5.5. */
  V5_5(5, 5),
  /** Podman 5.6. */
  V5_6(5, 6),
  /** Podman 5.7. */
  V5_7(5, 7),
  /** Podman 5.8. */
  V5_8(5, 8),
  /** Podman 6.0 (development head). */
  V6_0(6, 0);

  /** The default target: 5.8. */
  public static final PodmanVersion DEFAULT = V5_8;

  private final int major;
  private final int minor;

  PodmanVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /**
   * Parses {@code 5.4}, {@code 5.4.2}, {@code v5.8.1} or {@code 6.0.0-dev}.
   *
   * @param text a version
   * @return the release line
   * @throws IllegalArgumentException for an unknown version
   */
  public static PodmanVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.startsWith("v") ? text.substring(1) : text;
    String[] parts = t.split("[.-]");
    if (parts.length >= 2) {
      try {
        int maj = Integer.parseInt(parts[0]);
        int min = Integer.parseInt(parts[1]);
        for (PodmanVersion v : values()) {
          if (v.major == maj && v.minor == min) {
            return v;
          }
        }
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw new IllegalArgumentException("unknown Podman version '" + text + "' (known: 4.4 … 6.0)");
  }

  /**
   * Whether this version is the same as or newer than another.
   *
   * @param other a version
   * @return true when {@code this >= other}
   */
  public boolean atLeast(PodmanVersion other) {
    return compareTo(other) >= 0;
  }

  /**
   * The label, e.g. {@code 5.4}.
   *
   * @return major.minor
   */
  public String label() {
    return major + "." + minor;
  }

  @Override
  public String toString() {
    return label();
  }
}
