package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Locale;
import java.util.Map;

/**
 * The check of a raw cloud-config tree: every top-level key is a string the version's schema knows
 * and the profile allows, and each typed key's value passes the check of the class that owns it
 * ({@link ConfigKey}). Every problem names its location, e.g. {@code users[0].name}; secrets are
 * never quoted.
 */
final class CloudConfigChecker {
  private CloudConfigChecker() {}

  /**
   * Checks a cloud-config tree.
   *
   * @param root the top-level mapping
   * @param version the target version, or null for the rules every version shares
   * @param profile the target profile, or null for none
   * @param problems where problems go
   */
  static void check(Map<?, ?> root, CloudInitVersion version, Profile profile, Problems problems) {
    Checks checks = Checks.of(version, problems);
    for (Map.Entry<?, ?> e : root.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        problems.add(Location.of(String.valueOf(e.getKey())), "top-level key " + e.getKey() + " is a "
            + Raw.typeName(e.getKey()) + ", not a string (quote it)");
        continue;
      }
      Location at = Location.of(key);
      if (version != null && !version.schemaKeys().contains(key)) {
        problems.add(at, version.rejectsUnknownKeys()
            ? "cloud-init " + version.label() + " rejects this unknown key"
            : "unknown to cloud-init " + version.label() + ", which ignores it");
      }
      if (profile != null) {
        profile.rejection(key).ifPresent(why -> problems.add(at,
            "not allowed on a " + profile.name().toLowerCase(Locale.ROOT) + " system: " + why));
      }
      ConfigKey.of(key).ifPresent(k -> k.check(e.getValue(), at, checks));
    }
  }
}
