package io.tankos.core.systemd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys systemd 252 reads per section, from the resource {@code unit-keys.txt} ({@code Section
 * Key} per line). Keys and sections starting with {@code X-} are the vendor extensions systemd
 * ignores without a warning and are always accepted.
 */
final class UnitKeys {
  private static final Map<String, Set<String>> TABLE = load();

  private UnitKeys() {}

  /** The sections of the table, in file order. */
  static List<String> sections() {
    return List.copyOf(TABLE.keySet());
  }

  /** The keys of a section, in file order; empty for an unknown section. */
  static Set<String> keys(String section) {
    return TABLE.getOrDefault(section, Set.of());
  }

  /** Whether systemd reads the key in the section. */
  static boolean known(String section, String key) {
    return key.startsWith("X-") || section.startsWith("X-") || keys(section).contains(key);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> table = new LinkedHashMap<>();
    try (InputStream in = UnitKeys.class.getResourceAsStream("unit-keys.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource unit-keys.txt is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.trim().split(" ");
        table.computeIfAbsent(parts[0], s -> new LinkedHashSet<>()).add(parts[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    table.replaceAll((s, keys) -> Collections.unmodifiableSet(keys));
    return Collections.unmodifiableMap(table);
  }
}
