package io.tankos.quadlet;

import io.tankos.core.unit.Entry;
import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.quadlet.internal.QuadletReading;
import io.tankos.quadlet.internal.UnitDraft;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What {@code build()} checks across the whole unit: keys Quadlet knows, keys the type requires. */
final class BuildChecks {
  private BuildChecks() {}

  /** Every key of the unit's Quadlet section and of {@code [Quadlet]} must be one Quadlet knows. */
  static void knownKeys(UnitDraft draft, UnitType type, Problems problems) {
    for (String section : List.of(type.section(), "Quadlet")) {
      Map<String, Integer> seen = new HashMap<>();
      for (Entry e : draft.entries(section)) {
        int nth = seen.merge(e.key(), 1, Integer::sum) - 1;
        if (QuadletKeys.find(section, e.key()).isEmpty()) {
          problems.add(Location.of(section).child(e.key()).index(nth),
              "unsupported key '" + e.key() + "' in group '" + section + "'");
        }
      }
    }
  }

  /** The keys without which Quadlet refuses the unit type. */
  static void requiredKeys(UnitFile file, UnitType type, Problems problems) {
    String s = type.section();
    Location at = Location.of(s);
    switch (type) {
      case CONTAINER -> {
        if (absent(file, s, "Image") && absent(file, s, "Rootfs")) {
          problems.add(at, "no Image or Rootfs key specified");
        }
      }
      case KUBE -> require(file, s, "Yaml", problems);
      case IMAGE -> require(file, s, "Image", problems);
      case BUILD -> {
        require(file, s, "ImageTag", problems);
        if (absent(file, s, "File") && absent(file, s, "SetWorkingDirectory")) {
          problems.add(at, "neither File nor SetWorkingDirectory key specified");
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
    return values.isEmpty() || QuadletReading.verbatim(values).isEmpty();
  }
}
