package io.tankos.bootc.cli;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A podman client version ({@code podman version --format json}: {@code Client.Version}), with the
 * feature checks the wrapper needs.
 *
 * @param text the version as podman prints it, e.g. {@code 4.3.1} or {@code 5.4.2-dev}
 * @param major the major number
 * @param minor the minor number
 * @param patch the patch number
 */
public record PodmanVersion(String text, int major, int minor, int patch)
    implements Comparable<PodmanVersion> {
  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

  /**
   * Checks the components.
   *
   * @param text the version text
   * @param major the major number
   * @param minor the minor number
   * @param patch the patch number
   */
  public PodmanVersion {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Parses a version such as {@code 4.3.1}.
   *
   * @param text the version text
   * @return the version
   * @throws IllegalArgumentException when the text does not start with MAJOR.MINOR
   */
  public static PodmanVersion parse(String text) {
    Matcher m = VERSION.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a podman version: '" + text + "'");
    }
    return new PodmanVersion(
        text.trim(),
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }

  /**
   * Whether this version is at least MAJOR.MINOR.
   *
   * @param major the major number
   * @param minor the minor number
   * @return true when at least that version
   */
  public boolean atLeast(int major, int minor) {
    return this.major > major || (this.major == major && this.minor >= minor);
  }

  /**
   * Whether {@code podman secret create --replace} exists (podman 4.7 and later; 4.3.1 rejects it).
   *
   * @return true when supported
   */
  public boolean hasSecretReplace() {
    return atLeast(4, 7);
  }

  /**
   * Whether {@code podman secret exists} exists (podman 4.5 and later).
   *
   * @return true when supported
   */
  public boolean hasSecretExists() {
    return atLeast(4, 5);
  }

  @Override
  public int compareTo(PodmanVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return text;
  }
}
