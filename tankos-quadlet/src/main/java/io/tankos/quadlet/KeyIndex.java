package io.tankos.quadlet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalog's keys by section and name, built once. */
final class KeyIndex {
  private final Map<String, Map<String, QuadletKey>> byName = new HashMap<>();
  private final Map<String, List<QuadletKey>> bySection = new LinkedHashMap<>();

  KeyIndex(List<QuadletKey> keys) {
    for (QuadletKey k : keys) { // loops, not lambdas: made at the start of every quadlet command
      Map<String, QuadletKey> names = byName.get(k.section());
      if (names == null) {
        names = new HashMap<>();
        byName.put(k.section(), names);
      }
      names.put(k.name(), k);
      List<QuadletKey> ofSection = bySection.get(k.section());
      if (ofSection == null) {
        ofSection = new ArrayList<>();
        bySection.put(k.section(), ofSection);
      }
      ofSection.add(k);
    }
    for (Map.Entry<String, List<QuadletKey>> e : bySection.entrySet()) {
      e.setValue(Collections.unmodifiableList(e.getValue()));
    }
  }

  List<QuadletKey> forSection(String section) {
    return bySection.getOrDefault(section, List.of());
  }

  Optional<QuadletKey> find(String section, String name) {
    return Optional.ofNullable(get(section, name));
  }

  /** The key, or null when unknown (no {@link Optional} for a check that asks of every entry). */
  QuadletKey get(String section, String name) {
    return byName.getOrDefault(section, Map.of()).get(name);
  }

  QuadletKey require(String section, String name) {
    return find(section, name)
        .orElseThrow(() -> new IllegalArgumentException("unknown Quadlet key " + section + "." + name));
  }
}
