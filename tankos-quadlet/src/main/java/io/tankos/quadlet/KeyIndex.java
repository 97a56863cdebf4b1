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
    for (QuadletKey k : keys) {
      byName.computeIfAbsent(k.section(), s -> new HashMap<>()).put(k.name(), k);
      bySection.computeIfAbsent(k.section(), s -> new ArrayList<>()).add(k);
    }
    bySection.replaceAll((s, l) -> Collections.unmodifiableList(l));
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
