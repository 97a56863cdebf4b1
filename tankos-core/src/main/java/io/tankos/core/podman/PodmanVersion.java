package io.tankos.core.podman;

import java.util.Objects;

/**
 * A Podman version: the target Quadlet units are written for, or the version a {@code podman}
 * binary reports. One type for both, so that a detected version can be used as a target.
 *
 * <pre>{@code
 * PodmanVersion v = PodmanVersion.parse("4.3.1");   // 4.3.1
 * v.atLeast(PodmanVersion.V4_4);                     // false: no Quadlet before 4.4
 * v.hasSecretReplace();                              // false: podman secret create --replace is 4.7+
 * }</pre>
 *
 * @param major the major number
 * @param minor the minor number
 * @param patch the patch number
 */
public record PodmanVersion(int major, int minor, int patch) implements Comparable<PodmanVersion> {
  /** Podman 4.4, the first release with Quadlet. */
  public static final PodmanVersion V4_4 = new PodmanVersion(4, 4, 0);
  /** Podman 4.5. */
  public static final PodmanVersion V4_5 = new PodmanVersion(4, 5, 0);
  /** Podman 4.6. */
  public static final PodmanVersion V4_6 = new PodmanVersion(4, 6, 0);
  /** Podman 4.7. */
  public static final PodmanVersion V4_7 = new PodmanVersion(4, 7, 0);
  /** Podman 4.8. */
  public static final PodmanVersion V4_8 = new PodmanVersion(4, 8, 0);
  /** Podman 4.9. */
  public static final PodmanVersion V4_9 = new PodmanVersion(4, 9, 0);
  /** Podman 5.0. */
  public static final PodmanVersion V5_0 = new PodmanVersion(5, 0, 0);
  /** Podman 5.1. */
  public static final PodmanVersion V5_1 = new PodmanVersion(5, 1, 0);
  /** Podman 5.2. */
  public static final PodmanVersion V5_2 = new PodmanVersion(5, 2, 0);
  /** Podman 5.3. */
  public static final PodmanVersion V5_3 = new PodmanVersion(5, 3, 0);
  /** Podman 5.4 (Debian 13). */
  public static final PodmanVersion V5_4 = new PodmanVersion(5, 4, 0);
  /** Podman 5.5. */
  public static final PodmanVersion V5_5 = new PodmanVersion(5, 5, 0);
  /** Podman 5.6. */
  public static final PodmanVersion V5_6 = new PodmanVersion(5, 6, 0);
  /** Podman 5.7. */
  public static final PodmanVersion V5_7 = new PodmanVersion(5, 7, 0);
  /** Podman 5.8. */
  public static final PodmanVersion V5_8 = new PodmanVersion(5, 8, 0);
  /** Podman 6.0 (development head). */
  public static final PodmanVersion V6_0 = new PodmanVersion(6, 0, 0);

  /** The default Quadlet target: 5.8. */
  public static final PodmanVersion DEFAULT = V5_8;

  /**
   * Checks the components.
   *
   * @param major the major number, 0 or more
   * @param minor the minor number, 0 or more
   * @param patch the patch number, 0 or more
   */
  public PodmanVersion {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException(
          "version components must not be negative: " + major + "." + minor + "." + patch);
    }
  }

  /**
   * Parses {@code 4.3.1}, {@code 5.4}, {@code v5.8.1}, {@code 6.0.0-dev} (a suffix after {@code -},
   * {@code +} or {@code ~} is ignored).
   *
   * @param text a version
   * @return the version
   * @throws IllegalArgumentException when the text is not MAJOR.MINOR[.PATCH][suffix]
   */
  public static PodmanVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    // read by hand, not with a regex: every quadlet command parses its --podman, and a JVM's first
    // regex costs milliseconds of start-up
    String t = text.trim();
    int major = t.startsWith("v") ? 1 : 0;
    int majorEnd = digits(t, major, 4);
    int minorEnd = majorEnd > 0 && at(t, majorEnd, '.') ? digits(t, majorEnd + 1, 4) : -1;
    int patchEnd = minorEnd > 0 && at(t, minorEnd, '.') ? digits(t, minorEnd + 1, 6) : minorEnd;
    if (minorEnd < 0 || patchEnd < 0 || !isSuffix(t, patchEnd)) {
      throw new IllegalArgumentException(
          "not a Podman version: '" + text + "' (expected MAJOR.MINOR[.PATCH], e.g. 5.4.2)");
    }
    return new PodmanVersion(
        Integer.parseInt(t, major, majorEnd, 10),
        Integer.parseInt(t, majorEnd + 1, minorEnd, 10),
        patchEnd == minorEnd ? 0 : Integer.parseInt(t, minorEnd + 1, patchEnd, 10));
  }

  /** The end of a run of 1 to {@code max} ASCII digits from {@code from} that no digit follows, or -1. */
  private static int digits(String t, int from, int max) {
    int end = from;
    while (end < t.length() && t.charAt(end) >= '0' && t.charAt(end) <= '9') {
      end++;
    }
    return end > from && end - from <= max ? end : -1;
  }

  private static boolean at(String t, int i, char c) {
    return i < t.length() && t.charAt(i) == c;
  }

  /** Nothing, or {@code -}, {@code +} or {@code ~} and anything on the same line. */
  private static boolean isSuffix(String t, int from) {
    if (from == t.length()) {
      return true;
    }
    char first = t.charAt(from);
    if (first != '-' && first != '+' && first != '~') {
      return false;
    }
    for (int i = from + 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
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
   * Whether this version is at least MAJOR.MINOR.
   *
   * @param major the major number
   * @param minor the minor number
   * @return true when at least that release line
   */
  public boolean atLeast(int major, int minor) {
    return this.major > major || (this.major == major && this.minor >= minor);
  }

  /**
   * This version's release line: the same major and minor, patch 0.
   *
   * @return e.g. 5.4.0 for 5.4.2
   */
  public PodmanVersion releaseLine() {
    return patch == 0 ? this : new PodmanVersion(major, minor, 0);
  }

  /**
   * Whether {@code podman secret create --replace} exists (Podman 4.7 and later; 4.3.1 rejects it).
   *
   * @return true when supported
   */
  public boolean hasSecretReplace() {
    return atLeast(4, 7);
  }

  /**
   * Whether {@code podman secret exists} exists (Podman 4.5 and later).
   *
   * @return true when supported
   */
  public boolean hasSecretExists() {
    return atLeast(4, 5);
  }

  /**
   * Whether this version has a Quadlet generator (4.4 and later).
   *
   * @return true when Quadlet units can target it
   */
  public boolean hasQuadlet() {
    return atLeast(V4_4);
  }

  /**
   * The release line as text, e.g. {@code 5.4}.
   *
   * @return major.minor
   */
  public String label() {
    return major + "." + minor;
  }

  @Override
  public int compareTo(PodmanVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  /**
   * The version as text: {@code 5.4} for a release line, {@code 5.4.2} with a patch number.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return patch == 0 ? label() : label() + "." + patch;
  }
}
