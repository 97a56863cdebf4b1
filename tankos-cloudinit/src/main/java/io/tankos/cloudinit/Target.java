package io.tankos.cloudinit;

import java.util.Objects;

/**
 * The cloud-init version and system profile a document is checked and rendered for.
 *
 * <pre>{@code
 * String text = config.render(Target.bootc(CloudInitVersion.V22_4),
 *     io.tankos.core.validation.TargetPolicy.REWRITE);
 * }</pre>
 *
 * @param version the cloud-init release whose schema must accept the document
 * @param profile the kind of system
 */
public record Target(CloudInitVersion version, Profile profile) {

  /**
   * Checks the components.
   *
   * @param version cloud-init release
   * @param profile kind of system
   */
  public Target {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(profile, "profile");
  }

  /**
   * A target.
   *
   * @param version cloud-init release
   * @param profile kind of system
   * @return the target
   */
  public static Target of(CloudInitVersion version, Profile profile) {
    return new Target(version, profile);
  }

  /**
   * A package-based system running the given cloud-init.
   *
   * @param version cloud-init release
   * @return the target
   */
  public static Target generic(CloudInitVersion version) {
    return new Target(version, Profile.GENERIC);
  }

  /**
   * An image-based (bootc) system running the given cloud-init.
   *
   * @param version cloud-init release
   * @return the target
   */
  public static Target bootc(CloudInitVersion version) {
    return new Target(version, Profile.BOOTC);
  }

  @Override
  public String toString() {
    return "cloud-init " + version.label() + " (" + profile.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
