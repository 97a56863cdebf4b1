package io.tankos.bootc.host;

import java.util.Objects;
import java.util.Optional;

/**
 * The composefs side of a boot entry (newer bootc hosts).
 *
 * @param verity the erofs verity digest
 * @param bootType {@code Bls} (vmlinuz + initrd) or {@code Uki}
 * @param bootloader {@code grub}, {@code grub-cc}, {@code systemd} or {@code none}
 * @param missingVerityAllowed whether fs-verity validation is optional
 * @param bootDigest the sha256 of vmlinuz + initrd (Type 1 entries only), or null
 */
public record ComposefsDeployment(
    String verity,
    String bootType,
    String bootloader,
    boolean missingVerityAllowed,
    String bootDigest) {

  /**
   * Checks the components.
   *
   * @param verity the verity digest
   * @param bootType the boot type
   * @param bootloader the bootloader
   * @param missingVerityAllowed whether verity is optional
   * @param bootDigest the boot digest, or null
   */
  public ComposefsDeployment {
    Objects.requireNonNull(verity, "verity");
    Objects.requireNonNull(bootType, "bootType");
    Objects.requireNonNull(bootloader, "bootloader");
  }

  /**
   * The boot digest of a Type 1 entry.
   *
   * @return the digest, if any
   */
  public Optional<String> bootDigestValue() {
    return Optional.ofNullable(bootDigest);
  }
}
