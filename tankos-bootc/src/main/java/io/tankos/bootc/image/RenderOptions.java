package io.tankos.bootc.image;

import io.tankos.bootc.containerfile.BuilderTarget;
import io.tankos.core.podman.PodmanVersion;
import java.util.Objects;

/**
 * How {@link TankOsImage#buildContext(RenderOptions)} renders: the builder the Containerfile is
 * written for, the Podman version the machine's Quadlet generator has, and whether the NoCloud seed
 * also comes as a {@code cidata} ISO.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder().seedIso(true).builderTarget(BuilderTarget.buildkit()).build();
 * }</pre>
 */
public final class RenderOptions {
  private final boolean seedIso;
  private final BuilderTarget builderTarget;
  private final PodmanVersion podman;

  private RenderOptions(Builder b) {
    this.seedIso = b.seedIso;
    this.builderTarget = b.builderTarget;
    this.podman = b.podman;
  }

  /**
   * The defaults: no ISO, Containerfile for Podman 4.3 (which every later builder reads too),
   * Quadlets for {@link PodmanVersion#V5_4}.
   *
   * @return the options
   */
  public static RenderOptions defaults() {
    return builder().build();
  }

  /**
   * A builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().seedIso(seedIso).builderTarget(builderTarget).podman(podman);
  }

  /**
   * Whether {@code seed/seed.iso} is written.
   *
   * @return the flag
   */
  public boolean seedIso() {
    return seedIso;
  }

  /**
   * The builder the Containerfile is rendered for.
   *
   * @return the target
   */
  public BuilderTarget builderTarget() {
    return builderTarget;
  }

  /**
   * The Podman version the Quadlets are rendered for.
   *
   * @return the version
   */
  public PodmanVersion podman() {
    return podman;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderOptions r && r.seedIso == seedIso && r.builderTarget.equals(builderTarget)
        && r.podman.equals(podman);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seedIso, builderTarget, podman);
  }

  @Override
  public String toString() {
    return "RenderOptions[iso=" + seedIso + ", " + builderTarget + ", podman " + podman + "]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private boolean seedIso;
    private BuilderTarget builderTarget = BuilderTarget.podman(4, 3);
    private PodmanVersion podman = PodmanVersion.V5_4;

    private Builder() {}

    /**
     * Whether to write {@code seed/seed.iso} (default no).
     *
     * @param value the flag
     * @return this builder
     */
    public Builder seedIso(boolean value) {
      this.seedIso = value;
      return this;
    }

    /**
     * The builder the Containerfile is rendered for (default Podman 4.3).
     *
     * @param value the target
     * @return this builder
     */
    public Builder builderTarget(BuilderTarget value) {
      this.builderTarget = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The Podman version of the machine's Quadlet generator (default 5.4).
     *
     * @param value the version
     * @return this builder
     */
    public Builder podman(PodmanVersion value) {
      this.podman = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RenderOptions build() {
      return new RenderOptions(this);
    }
  }
}
