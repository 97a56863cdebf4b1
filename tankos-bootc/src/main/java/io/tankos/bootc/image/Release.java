package io.tankos.bootc.image;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Objects;

/**
 * The image's version information, written to {@code /etc/tank-os-release} and shown by {@code
 * tank-os-version}: a first line {@code NAME VERSION} and a one-line summary.
 *
 * <pre>{@code
 * Release release = Release.builder().name("tank-os").version("2026.12.1").summary("my fleet image").build();
 * release.text(); // "tank-os 2026.12.1\nmy fleet image\n"
 * }</pre>
 */
public final class Release {
  /** Where the release file is installed, relative to the image root. */
  public static final String PATH = "etc/tank-os-release";

  private final String name;
  private final String version;
  private final String summary;

  private Release(Builder b) {
    this.name = b.name;
    this.version = b.version;
    this.summary = b.summary;
  }

  /**
   * Tank-OS's release file at {@code 184f798^}.
   *
   * @return the release
   */
  public static Release tankOs() {
    return builder().build();
  }

  /**
   * A builder with Tank-OS's values.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().name(name).version(version).summary(summary);
  }

  /**
   * The product name.
   *
   * @return e.g. {@code tank-os}
   */
  public String name() {
    return name;
  }

  /**
   * The version.
   *
   * @return e.g. {@code demo build 2026-04-13}
   */
  public String version() {
    return version;
  }

  /**
   * The one-line summary.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * The release file's text.
   *
   * @return two lines, each ending in {@code \n}
   */
  public String text() {
    return name + " " + version + "\n" + summary + "\n";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Release r && r.text().equals(text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  @Override
  public String toString() {
    return "Release[" + name + " " + version + "]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String name = "tank-os";
    private String version = "demo build 2026-04-13";
    private String summary = "OpenClaw rootless Podman appliance with bootc updates";

    private Builder() {}

    /**
     * The product name (default {@code tank-os}).
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The version (default Tank-OS's {@code demo build 2026-04-13}).
     *
     * @param value the version
     * @return this builder
     */
    public Builder version(String value) {
      this.version = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The summary line.
     *
     * @param value the summary
     * @return this builder
     */
    public Builder summary(String value) {
      this.summary = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the release.
     *
     * @return the release
     * @throws io.tankos.core.validation.ValidationException at {@code Release.name}, {@code
     *     Release.version} or {@code Release.summary} for a value that is not one line
     */
    public Release build() {
      Problems problems = new Problems();
      Location at = Location.of("Release");
      ImageChecks.line(name, at.child("name"), problems);
      if (!name.isEmpty() && name.chars().anyMatch(Character::isWhitespace)) {
        problems.add(at.child("name"), "must be one word (it starts the first line, before the version)");
      }
      ImageChecks.line(version, at.child("version"), problems);
      ImageChecks.line(summary, at.child("summary"), problems);
      problems.throwIfAny();
      return new Release(this);
    }
  }
}
