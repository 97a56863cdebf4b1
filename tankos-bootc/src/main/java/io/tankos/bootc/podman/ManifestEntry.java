package io.tankos.bootc.podman;

import java.util.Objects;

/**
 * One image of a manifest list ({@code podman manifest inspect}).
 *
 * @param digest the image manifest's digest
 * @param os the platform OS, e.g. {@code linux}
 * @param architecture the platform architecture, e.g. {@code arm64}
 * @param variant the architecture variant, e.g. {@code v8}, or empty
 */
public record ManifestEntry(String digest, String os, String architecture, String variant) {

  /**
   * Checks the components.
   *
   * @param digest the digest
   * @param os the OS
   * @param architecture the architecture
   * @param variant the variant, or empty
   */
  public ManifestEntry {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(variant, "variant");
  }

  /**
   * The platform as {@code os/arch[/variant]}.
   *
   * @return e.g. {@code linux/arm64}
   */
  public String platform() {
    return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
  }
}
