package io.tankos.quadlet;

import io.tankos.core.unit.Entry;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.quadlet.internal.UnitDraft;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What {@code build()} checks across the whole unit: keys Quadlet knows, keys the type requires. */
final class BuildChecks {
  private BuildChecks() {}

  /**
   * Every key of the unit's Quadlet section and of {@code [Quadlet]} must be one Quadlet knows. An
   * unknown key's index among the lines of its key is counted only for the problem's location.
   */
  static void knownKeys(UnitDraft draft, UnitType type, Problems problems) {
    knownKeys(draft, type.section(), problems);
    knownKeys(draft, "Quadlet", problems);
  }

  private static void knownKeys(UnitDraft draft, String section, Problems problems) {
    List<Entry> entries = draft.entries(section);
    // each key's count so far, kept from the first unknown key on (a unit of many unknown keys
    // would otherwise count again for each)
    Map<String, Integer> seen = null;
    for (int i = 0; i < entries.size(); i++) {
      String key = entries.get(i).key();
      boolean unknown = QuadletKeys.lookup(section, key) == null;
      if (seen == null && unknown) {
        seen = new HashMap<>();
        for (int j = 0; j < i; j++) {
          seen.merge(entries.get(j).key(), 1, Integer::sum);
        }
      }
      int nth = seen == null ? 0 : seen.merge(key, 1, Integer::sum) - 1;
      if (unknown) {
        problems.add(Location.of(section).child(key).index(nth),
            "unsupported key '" + key + "' in group '" + section + "'");
      }
    }
  }

  /** The keys without which Quadlet refuses the unit type. */
  static void requiredKeys(UnitFile file, UnitType type, Problems problems) {
    String s = type.section();
    switch (type) {
      case CONTAINER -> {
        if (absent(file, s, "Image") && absent(file, s, "Rootfs")) {
          problems.add(Location.of(s), "no Image or Rootfs key specified");
        }
      }
      case KUBE -> require(file, s, "Yaml", problems);
      case IMAGE -> require(file, s, "Image", problems);
      case BUILD -> {
        require(file, s, "ImageTag", problems);
        if (absent(file, s, "File") && absent(file, s, "SetWorkingDirectory")) {
          problems.add(Location.of(s), "neither File nor SetWorkingDirectory key specified");
        }
      }
      case ARTIFACT -> require(file, s, "Artifact", problems);
      default -> {
        // volume, network, pod: no required keys
      }
    }
  }

  private static void require(UnitFile file, String section, String key, Problems problems) {
    if (absent(file, section, key)) {
      problems.add(Location.of(section), "no " + key + " key specified");
    }
  }

  private static boolean absent(UnitFile file, String section, String key) {
    List<String> values = file.values(section, key);
    // verbatim's list is empty exactly when the last line is (an empty line resets it)
    return values.isEmpty() || values.get(values.size() - 1).isEmpty();
  }
}
