package io.tankos.bootc.containerfile;

import io.tankos.core.validation.TargetPolicy;

/**
 * The program that will read the Containerfile: BuildKit, or Buildah (also inside Podman) of a given
 * version. Features a target lacks are gated by {@link Containerfile#render(BuilderTarget, TargetPolicy)}:
 * heredocs need Buildah 1.33, {@code RUN --network} 1.30, {@code COPY --exclude} 1.38,
 * {@code COPY --parents} 1.40, {@code COPY/ADD --link} 1.41, secret mounts with {@code env=} 1.44,
 * {@code FROM --after} 1.44; {@code RUN --security}, {@code RUN --device} and {@code ADD --unpack} are
 * BuildKit only; Buildah's tmpfs mounts take {@code tmpfs-size=} instead of {@code size=}. Buildah
 * 1.28 (podman 4.3.1) rejects {@code ADD --checksum}, {@code ADD --keep-git-dir} and
 * {@code HEALTHCHECK --start-interval} (checked with a real build); the first Buildah release with
 * them is not recorded here, so they are treated as needing 1.41.
 *
 * <pre>{@code
 * BuilderTarget.podman(4, 3); // Debian bookworm: Buildah 1.28
 * BuilderTarget.buildah(1, 33);
 * BuilderTarget.buildkit();
 * }</pre>
 *
 * @param isBuildkit whether the target is BuildKit
 * @param major Buildah major version (0 for BuildKit)
 * @param minor Buildah minor version (0 for BuildKit)
 */
public record BuilderTarget(boolean isBuildkit, int major, int minor) {

  /**
   * BuildKit (docker build, buildx) with a current Dockerfile frontend.
   *
   * @return the target
   */
  public static BuilderTarget buildkit() {
    return new BuilderTarget(true, 0, 0);
  }

  /**
   * Buildah of the given version.
   *
   * @param major major version
   * @param minor minor version
   * @return the target
   */
  public static BuilderTarget buildah(int major, int minor) {
    return new BuilderTarget(false, major, minor);
  }

  /**
   * Podman of the given version, mapped to the Buildah it vendors (4.3 → 1.28, 4.4 → 1.29, 4.5 →
   * 1.30, 4.6 → 1.31, 4.7 → 1.32, 4.8/4.9 → 1.33, 5.0 → 1.35, 5.1 → 1.36, 5.2 → 1.37, 5.3 → 1.38,
   * 5.4 → 1.39, 5.5 → 1.40, 5.6 and later → 1.41).
   *
   * @param major podman major version
   * @param minor podman minor version
   * @return the target
   */
  public static BuilderTarget podman(int major, int minor) {
    if (major < 4 || (major == 4 && minor <= 3)) {
      return buildah(1, 28);
    }
    if (major == 4) {
      return buildah(1, minor >= 8 ? 33 : 25 + minor);
    }
    if (major == 5) {
      return buildah(1, Math.min(35 + minor, 41));
    }
    return buildah(1, 41);
  }

  /**
   * Whether the target is at least Buildah {@code major.minor} (BuildKit: always true).
   *
   * @param maj major version
   * @param min minor version
   * @return whether the version is reached
   */
  public boolean atLeast(int maj, int min) {
    return isBuildkit || major > maj || (major == maj && minor >= min);
  }

  @Override
  public String toString() {
    return isBuildkit ? "BuildKit" : "Buildah " + major + "." + minor;
  }
}
