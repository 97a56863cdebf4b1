package io.tankos.bootc.kubevirt.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Deep, unmodifiable copies of plain data (maps with string keys, lists, strings, numbers,
 * booleans, null): the fields a model keeps without typing them.
 */
public final class Plain {
  private Plain() {}

  /**
   * An unmodifiable deep copy of a map of plain values, insertion order kept.
   *
   * @param map the map
   * @return the copy
   */
  public static Map<String, Object> copyMap(Map<String, ?> map) {
    Objects.requireNonNull(map, "map");
    if (map.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, Object> copy = new SmallMap<>(map.size());
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), copy(v)));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * An unmodifiable copy of a string map, insertion order kept.
   *
   * @param map the map
   * @return the copy
   */
  public static Map<String, String> copyStrings(Map<String, String> map) {
    Objects.requireNonNull(map, "map");
    if (map.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, String> copy = new SmallMap<>(map.size());
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, k)));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * An unmodifiable deep copy of one plain value.
   *
   * @param value a map, list, string, number, boolean or null
   * @return the copy
   */
  public static Object copy(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> copy = new SmallMap<>(m.size());
      m.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(v -> copy.add(copy(v)));
      return Collections.unmodifiableList(copy);
    }
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    throw new IllegalArgumentException(
        "not plain data (map, list, string, number, boolean): " + value.getClass().getName());
  }
}
