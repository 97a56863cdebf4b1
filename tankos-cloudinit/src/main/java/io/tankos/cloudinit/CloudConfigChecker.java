package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.cloudinit.internal.YamlLines;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The check of a raw cloud-config tree, in layers: tankos's value rules (every top-level key a
 * string, each typed key's value passing the check of the class that owns it, {@link ConfigKey});
 * with a version, cloud-init's own verdict for it ({@link CloudInitSchema}), each error reported
 * unless a tankos rule already names a problem at or inside its location; then the profile's
 * rules. Every problem names its location, e.g. {@code users[0].name}; secrets are never quoted.
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
   * @param lines where the keys are, for cloud-init's errors
   */
  static void check(Map<?, ?> root, CloudInitVersion version, Profile profile, Problems problems,
      YamlLines lines) {
    Problems own = new Problems();
    Checks checks = Checks.of(version, own);
    // forEach, not an entry iterator: an unmodifiable map's iterator wraps every entry it returns
    root.forEach((key, value) -> {
      if (!(key instanceof String k)) {
        own.add(Location.ROOT.child(String.valueOf(key)), "top-level key " + key + " is a "
            + Raw.typeName(key) + ", not a string (quote it)");
        return;
      }
      ConfigKey typed = ConfigKey.find(k); // no Optional and lambda for every key
      if (typed != null) {
        typed.check(value, typed.at(), checks);
      }
    });
    List<Problem> ownList = own.isEmpty() ? List.of() : own.list();
    for (int i = 0; i < ownList.size(); i++) { // by index: no iterator or lambda
      problems.add(ownList.get(i));
    }
    if (version != null) {
      List<SchemaFinding> errors = CloudInitSchema.check(root, version, lines).errors();
      for (int i = 0; i < errors.size(); i++) {
        SchemaFinding f = errors.get(i);
        if (!covered(f.location(), ownList)) {
          problems.add(f.location(), "cloud-init " + version.label() + " schema: "
              + f.messageWithLine());
        }
      }
    }
    if (profile != null && profile.rejectsAnyOf(root)) { // most documents have no such key
      root.forEach((key, value) -> {
        if (key instanceof String k) {
          Optional<String> why = profile.rejection(k); // empty is a constant: no lambda per key
          if (why.isPresent()) {
            problems.add(Location.ROOT.child(k), "not allowed on a "
                + profile.name().toLowerCase(Locale.ROOT) + " system: " + why.get());
          }
        }
      });
    }
  }

  /** Whether a tankos problem sits at a location or inside it (the whole document never is). */
  private static boolean covered(Location at, List<Problem> own) {
    if (at.equals(Location.ROOT)) {
      return false;
    }
    String p = at.path();
    return own.stream().map(x -> x.location().path())
        .anyMatch(o -> o.equals(p) || o.startsWith(p + ".") || o.startsWith(p + "["));
  }
}
