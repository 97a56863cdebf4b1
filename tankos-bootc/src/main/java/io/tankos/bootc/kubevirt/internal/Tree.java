package io.tankos.bootc.kubevirt.internal;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Reading and comparing plain trees (the shapes Jackson reads YAML and JSON into). */
public final class Tree {
  private Tree() {}

  /**
   * A mutable copy of a mapping value, or an empty map when absent.
   *
   * @param value the value
   * @param at where it is, for the message
   * @return the copy
   * @throws ValidationException when the value is present and not a mapping
   */
  public static Map<String, Object> map(Object value, Location at) {
    if (value == null) {
      return new LinkedHashMap<>();
    }
    if (!(value instanceof Map<?, ?> m)) {
      throw new ValidationException(at, "must be a mapping");
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    m.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }

  /**
   * The mappings of a list value, or an empty list when absent.
   *
   * @param value the value
   * @param at where it is, for the message
   * @return the mappings
   * @throws ValidationException when the value is not a list of mappings
   */
  public static List<Map<String, Object>> maps(Object value, Location at) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (!(value instanceof List<?> list)) {
      throw new ValidationException(at, "must be a list");
    }
    for (int i = 0; i < list.size(); i++) {
      out.add(map(list.get(i), at.index(i)));
    }
    return out;
  }

  /**
   * A string value.
   *
   * @param value the value
   * @return the string, or null when the value is absent or not a string
   */
  public static String string(Object value) {
    return value instanceof String s ? s : null;
  }

  /**
   * A whole-number value that fits an int.
   *
   * @param value the value
   * @return the number, or null
   */
  public static Integer integer(Object value) {
    return value instanceof Integer i ? i : null;
  }

  /**
   * A string-to-string map, or null when the value is not one.
   *
   * @param value the value
   * @return a mutable copy, or null
   */
  public static Map<String, String> strings(Object value) {
    if (!(value instanceof Map<?, ?> m)) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (!(e.getValue() instanceof String s)) {
        return null;
      }
      out.put(String.valueOf(e.getKey()), s);
    }
    return out;
  }

  /**
   * The map without some keys.
   *
   * @param map the map
   * @param keys keys to leave out
   * @return a new map
   */
  public static Map<String, Object> without(Map<String, Object> map, Set<String> keys) {
    Map<String, Object> out = new LinkedHashMap<>(map);
    out.keySet().removeAll(keys);
    return out;
  }

  /**
   * Whether two plain trees hold the same data: maps compared without regard to order, numbers by
   * value ({@code 0} equals {@code 0L}).
   *
   * @param a one tree
   * @param b the other
   * @return true when equal as data
   */
  public static boolean sameData(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      if (whole(x) && whole(y)) {
        return x.longValue() == y.longValue(); // what the decimals compare, without text
      }
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      if (x.isEmpty()) {
        return true;
      }
      if (x instanceof SmallMap<?, ?> small) {
        return small.entriesIn(y); // walked by index: no walker a map
      }
      SameEntries same = new SameEntries(y);
      x.forEach(same); // as many keys, all of them in y: the same key sets
      return same.same;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!sameData(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a == null ? b == null : a.equals(b);
  }

  /**
   * Whether every entry of a map walked with {@code forEach} (no iterator, no entry objects) has
   * its key in another map with the same data; past the first that has not, the rest are skipped.
   */
  private static final class SameEntries implements BiConsumer<Object, Object> {
    private final Map<?, ?> other;
    private boolean same = true;

    SameEntries(Map<?, ?> other) {
      this.other = other;
    }

    @Override
    public void accept(Object key, Object value) {
      if (same && !holdsSame(other, key, value)) {
        same = false;
      }
    }
  }

  /**
   * Whether a map has a key with the same data ({@link #sameData}) as a value: the test of one
   * entry when two maps are compared, whether walked by {@link SameEntries} or by {@link
   * SmallMap#entriesIn}.
   */
  static boolean holdsSame(Map<?, ?> map, Object key, Object value) {
    return map.containsKey(key) && sameData(value, map.get(key));
  }

  private static boolean whole(Number n) {
    return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
  }

  /**
   * Puts a value unless it is null.
   *
   * @param map the target
   * @param key the key
   * @param value the value, or null
   */
  public static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /**
   * Puts a map unless it is empty.
   *
   * @param map the target
   * @param key the key
   * @param value the value
   */
  public static void putIfNotEmpty(Map<String, Object> map, String key, Map<String, ?> value) {
    if (!value.isEmpty()) {
      map.put(key, value);
    }
  }

  /**
   * Adds the untyped fields after the typed ones.
   *
   * @param map the typed fields
   * @param extra the untyped fields
   * @param at where the map is, for the message
   * @throws ValidationException when an untyped field has the name of a typed one that is set
   */
  public static void putExtra(Map<String, Object> map, Map<String, Object> extra, Location at) {
    if (extra.isEmpty()) {
      return; // most objects have none: no iterator
    }
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      if (map.containsKey(e.getKey())) {
        throw new ValidationException(
            at.child(e.getKey()),
            "is set both as a typed field and as an untyped extra field; set it once");
      }
      map.put(e.getKey(), e.getValue());
    }
  }
}
