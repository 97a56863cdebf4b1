package io.tankos.bootc.host;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What bootc knows about the image of one boot entry (or of a cached update): reference, manifest
 * digest, architecture, and the image's version label and build time when it has them.
 *
 * @param image the image reference
 * @param imageDigest the manifest digest, e.g. {@code sha256:…}
 * @param architecture the hardware architecture, e.g. {@code amd64}
 * @param version the {@code org.opencontainers.image.version} label, or null
 * @param timestamp the build time, or null
 */
public record ImageStatus(
    ImageReference image, String imageDigest, String architecture, String version, Instant timestamp) {

  /**
   * Checks the components.
   *
   * @param image the image reference
   * @param imageDigest the manifest digest
   * @param architecture the architecture
   * @param version the version, or null
   * @param timestamp the build time, or null
   */
  public ImageStatus {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(imageDigest, "imageDigest");
    Objects.requireNonNull(architecture, "architecture");
  }

  /**
   * The image's version label.
   *
   * @return the version, if the image has one
   */
  public Optional<String> versionLabel() {
    return Optional.ofNullable(version);
  }

  /**
   * The image's build time.
   *
   * @return the build time, if known
   */
  public Optional<Instant> buildTime() {
    return Optional.ofNullable(timestamp);
  }
}
