package io.tankos.cloudinit.internal;

import io.tankos.cloudinit.CloudInitLimits;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Raw YAML values: deep, order-keeping, unmodifiable copies of maps, lists, strings, numbers,
 * booleans and null (plus byte arrays, sets and {@code java.time} timestamps read from YAML), and
 * the problems of values YAML cannot carry.
 */
public final class Raw {
  private Raw() {}

  /**
   * A deep unmodifiable copy; records a problem for every value of an unsupported type and for
   * strings that are not valid Unicode (lone surrogates).
   *
   * @param value the value
   * @param at its location
   * @param problems where problems go
   * @return the copy ({@code Integer}/{@code Long}/{@code BigInteger} kept, {@code Short}/{@code
   *     Byte} widened, {@code Float} widened to {@code Double})
   */
  public static Object copy(Object value, Location at, Problems problems) {
    return copy(value, at, null, -1, problems, 0, null, null);
  }

  /**
   * {@link #copy(Object, Location, Problems)} of the value of a top-level key, whose lines are
   * checked as {@link Yaml11#dump} writes them after that key.
   *
   * @param key the top-level key, also the location
   * @param value the value
   * @param problems where problems go
   * @return the copy
   */
  public static Object copyEntry(String key, Object value, Problems problems) {
    return copyEntry(key, value, problems, null);
  }

  /**
   * {@link #copyEntry(String, Object, Problems)} that shares, instead of copying, each mapping
   * {@code copied} accepts: an unmodifiable mapping this class copied without a problem, at the
   * top level of its copy, that holds no binary (a {@code byte[]} would be shared with its owner)
   * or set. Such a mapping is copied as any other value when one of its strings could be written
   * on a line too long at its new depth, so every problem is the one a copy reports.
   *
   * @param key the top-level key, also the location
   * @param value the value
   * @param problems where problems go
   * @param copied the mappings to share, or null for none
   * @return the copy
   */
  public static Object copyEntry(String key, Object value, Problems problems,
      Predicate<Object> copied) {
    // the key's location made only where the copy needs it
    return copy(value, Location.ROOT, key, -1, problems, 0, key, copied);
  }

  /**
   * {@link #copyEntry(String, Object, Problems, Predicate)} of a key whose location is made
   * already.
   *
   * @param at {@code Location.ROOT.child(key)}
   * @param key the top-level key
   * @param value the value
   * @param problems where problems go
   * @param copied the mappings to share, or null for none
   * @return the copy
   */
  public static Object copyEntry(Location at, String key, Object value, Problems problems,
      Predicate<Object> copied) {
    return copy(value, at, null, -1, problems, 0, key, copied);
  }

  /**
   * Where a value is: {@code parent}'s child {@code name}, else its element {@code index}, else
   * {@code parent} itself. A copy passes the three down and makes the location only for a
   * collection's children or a problem, not for every scalar it copies.
   */
  private static Location at(Location parent, String name, int index) {
    return name != null ? parent.child(name) : index >= 0 ? parent.index(index) : parent;
  }

  /**
   * The copy of a value {@code depth} collections below the top-level mapping, written after
   * {@code key} when it is a mapping's value; the value is at {@link #at(Location, String, int)}.
   */
  private static Object copy(Object value, Location parent, String name, int index,
      Problems problems, int depth, Object key, Predicate<Object> copied) {
    if (value == null || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof BigInteger || value instanceof Double
        || value instanceof LocalDate || value instanceof LocalDateTime
        || value instanceof OffsetDateTime) {
      return value;
    }
    if (value instanceof String s) {
      checkCopied(s, parent, name, index, problems, depth, key);
      return s;
    }
    if (value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof byte[] b) {
      return b.clone();
    }
    if (value instanceof Map<?, ?> m) {
      if (copied != null && copied.test(m) && fits(m, depth, key)) {
        return m;
      }
      return copyMap(m, sized(m.size()), at(parent, name, index), problems, depth, copied);
    }
    if (value instanceof List<?> l) {
      Location at = null; // made for the first item that needs it: most lists hold good strings
      List<Object> out = new ArrayList<>(l.size());
      for (int i = 0; i < l.size(); i++) {
        Object item = l.get(i);
        if (item instanceof String s) {
          // what the copy below does with a string, each scan made once
          int lone = Utf8.firstLoneSurrogate(s);
          long width = overWidth(s, depth + 1, null);
          if (lone >= 0 || width > 0) {
            if (at == null) {
              at = at(parent, name, index);
            }
            report(lone, width, at, null, i, problems);
          }
          out.add(s);
          continue;
        }
        if (at == null) {
          at = at(parent, name, index);
        }
        out.add(copy(item, at, null, i, problems, depth + 1, null, copied));
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Set<?> s) {
      Location at = at(parent, name, index);
      Set<Object> out = new LinkedHashSet<>();
      for (Object o : s) {
        out.add(copy(o, at, problems));
      }
      return Collections.unmodifiableSet(out);
    }
    problems.add(at(parent, name, index), "a " + value.getClass().getSimpleName()
        + " cannot be written as cloud-config; use maps, lists, strings, numbers, booleans or null");
    return null;
  }

  /**
   * Records the problems a copy finds in a string that is element {@code index} of a list {@code
   * depth} collections below the top-level mapping (a cloud-init user's {@code
   * ssh_authorized_keys} entries are at depth 2), without copying anything: a lone surrogate, a
   * line too long.
   *
   * @param s the string
   * @param list the list's location
   * @param index the element's index
   * @param depth collections between the top-level mapping and the string
   * @param problems where problems go
   * @return whether it found none
   */
  public static boolean checkElement(String s, Location list, int index, int depth, Problems problems) {
    return checkCopied(s, list, null, index, problems, depth, null);
  }

  /**
   * Records the problems of a string a copy keeps as it is, at {@link #at(Location, String, int)};
   * true when there are none.
   */
  private static boolean checkCopied(String s, Location parent, String name, int index,
      Problems problems, int depth, Object key) {
    int lone = Utf8.firstLoneSurrogate(s);
    long width = overWidth(s, depth, key);
    report(lone, width, parent, name, index, problems);
    return lone < 0 && width <= 0;
  }

  /**
   * Records what the scans of a string found, at {@link #at(Location, String, int)}: the index of
   * its first lone surrogate (negative for none), the width of a line too long (0 for none).
   */
  private static void report(int lone, long width, Location parent, String name, int index,
      Problems problems) {
    if (lone >= 0) {
      problems.add(at(parent, name, index), loneSurrogateMessage(lone));
    }
    if (width > 0) {
      problems.add(at(parent, name, index), overWidthMessage(width));
    }
  }

  /**
   * {@link #copy(Object, Location, Problems)} of a mapping with string keys that no one else holds
   * or will hold, made in place: each value is replaced by its copy (the same problems, in the same
   * order), and the mapping is wrapped unmodifiable.
   *
   * @param map the mapping, which the caller gives up
   * @param at its location
   * @param problems where problems go
   * @return the unmodifiable mapping
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> copyInPlace(Map<String, Object> map, Location at,
      Problems problems) {
    // a string key's copy is the key itself, so each put replaces a value: no structural change
    return (Map<String, Object>) (Map<?, ?>) copyMap(map, (Map<Object, Object>) (Map<?, ?>) map, at,
        problems, 0, null);
  }

  /**
   * The deep unmodifiable form of a mapping just loaded, made in place instead of copied, when its
   * copy by {@link #copyEntry(String, Object, Problems)} of each top-level entry would find no
   * problem (string keys, only the values a copy keeps, strings within the width bound, no lone
   * surrogate). Each nested mapping and list is wrapped where it is.
   *
   * @param loaded a mapping with string keys that no one else holds, in which no node appears
   *     twice (a tree read by {@link Yaml11FastReader}, which has no aliases)
   * @return the unmodifiable mapping, or null when it must be copied (nothing is changed then)
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> sealLoaded(Map<?, ?> loaded) {
    for (Map.Entry<?, ?> e : loaded.entrySet()) {
      if (!(e.getKey() instanceof String key) || !fits(e.getValue(), 0, key)
          || hasLoneSurrogate(e.getValue())) {
        return null;
      }
    }
    return (Map<String, Object>) seal(loaded);
  }

  /** A value that {@link #fits}, its collections wrapped unmodifiable in place. */
  @SuppressWarnings("unchecked")
  private static Object seal(Object value) {
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        ((Map.Entry<Object, Object>) e).setValue(seal(e.getValue()));
      }
      return Collections.unmodifiableMap(m);
    }
    if (value instanceof List<?> l) {
      List<Object> list = (List<Object>) l;
      for (int i = 0; i < list.size(); i++) {
        list.set(i, seal(list.get(i)));
      }
      return Collections.unmodifiableList(list);
    }
    return value;
  }

  /** Whether a string of a value that {@link #fits}, or a key in it, holds a lone surrogate. */
  private static boolean hasLoneSurrogate(Object value) {
    if (value instanceof String s) {
      return Utf8.firstLoneSurrogate(s) >= 0;
    }
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (hasLoneSurrogate(e.getKey()) || hasLoneSurrogate(e.getValue())) {
          return true;
        }
      }
    } else if (value instanceof List<?> l) {
      for (Object o : l) {
        if (hasLoneSurrogate(o)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An empty mapping whose table holds {@code size} entries at the default load factor (3/4)
   * without growing: most mappings of a document have a few entries, and the default table has
   * sixteen slots.
   */
  private static Map<Object, Object> sized(int size) {
    return new LinkedHashMap<>((size * 4 + 2) / 3);
  }

  /** The entries of a mapping copied into {@code out}, which is returned unmodifiable. */
  private static Map<Object, Object> copyMap(Map<?, ?> m, Map<Object, Object> out, Location at,
      Problems problems, int depth, Predicate<Object> copied) {
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String name = String.valueOf(e.getKey());
      Object copiedKey = copy(e.getKey(), at, name, -1, problems, depth + 1, null, copied);
      if (copiedKey instanceof Map || copiedKey instanceof List || copiedKey instanceof Set) {
        problems.add(at.child(name), "a key must be a scalar");
      }
      out.put(copiedKey, copy(e.getValue(), at, name, -1, problems, depth + 1, copiedKey, copied));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Whether a value made by a copy, now {@code depth} collections deep after {@code key}, would be
   * copied without a problem there: it holds only string keys, strings, lists, mappings and the
   * scalars a copy keeps, and every string is within the quick bound of {@link #checkWidth} (the
   * copy found no lone surrogate, which does not depend on where a string is). False sends the
   * value to the copy, which reports what there is.
   */
  private static boolean fits(Object value, int depth, Object key) {
    if (value instanceof String s) {
      long keyBound = key == null ? 0 : 6L * ((String) key).length() + 2 + 2;
      return 6L * s.length() + 2 <= CloudInitLimits.MAX_YAML_LINE_LENGTH
          && 6L * s.length() + 2 + 4L * depth + keyBound <= CloudInitLimits.MAX_YAML_LINE_LENGTH;
    }
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String k) || !fits(k, depth + 1, null)
            || !fits(e.getValue(), depth + 1, k)) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof List<?> l) {
      if (l instanceof java.util.RandomAccess) {
        for (int i = 0; i < l.size(); i++) { // by index: no iterator
          if (!fits(l.get(i), depth + 1, null)) {
            return false;
          }
        }
        return true;
      }
      for (Object o : l) {
        if (!fits(o, depth + 1, null)) {
          return false;
        }
      }
      return true;
    }
    return value == null || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof BigInteger || value instanceof Double
        || value instanceof LocalDate || value instanceof LocalDateTime
        || value instanceof OffsetDateTime;
  }

  /**
   * Records a problem when a string is not valid Unicode (a lone surrogate cannot be encoded as
   * UTF-8).
   *
   * @param s the string
   * @param at its location
   * @param problems where problems go
   */
  public static void checkString(String s, Location at, Problems problems) {
    int lone = Utf8.firstLoneSurrogate(s);
    if (lone >= 0) {
      problems.add(at, loneSurrogateMessage(lone));
    }
  }

  private static String loneSurrogateMessage(int index) {
    return "contains a lone UTF-16 surrogate at index " + index + ", which UTF-8 cannot encode";
  }

  /**
   * The width of the line {@link Yaml11#dump} would write the string on when that is longer than
   * {@link CloudInitLimits#MAX_YAML_LINE_LENGTH}, which YAML parsing refuses, else 0: its widest
   * line, plus the indentation of its depth (at most four columns a level: {@code "  - "}) and the
   * key before it. A quick bound first; the exact widths only when that bound is over the limit.
   */
  private static long overWidth(String s, int depth, Object key) {
    long indent = 4L * depth;
    long quick = Yaml11.width(s) + indent + keyWidth(key, false);
    if (quick > CloudInitLimits.MAX_YAML_LINE_LENGTH) {
      long width = Yaml11.dumpedWidth(s) + indent + keyWidth(key, true);
      if (width > CloudInitLimits.MAX_YAML_LINE_LENGTH) {
        return width;
      }
    }
    return 0;
  }

  private static String overWidthMessage(long width) {
    return "would be written as a YAML line of up to " + width
        + " characters, over CloudInitLimits.MAX_YAML_LINE_LENGTH ("
        + CloudInitLimits.MAX_YAML_LINE_LENGTH + "), so it could not be read back; split it"
        + " into lines or ship it as write_files content (base64 is wrapped)";
  }

  /** The columns a key and its {@code ": "} take before a value: a bound, or exact. */
  private static long keyWidth(Object key, boolean exact) {
    if (key == null) {
      return 0;
    }
    if (key instanceof String k) {
      return (exact ? Yaml11.dumpedWidth(k) : Yaml11.width(k)) + 2;
    }
    return String.valueOf(key).length() + 2;
  }

  /**
   * A short type name for messages, in YAML terms, with its article.
   *
   * @param value a raw value
   * @return e.g. {@code a string}, {@code an integer}, {@code null}
   */
  public static String aTypeName(Object value) {
    String name = typeName(value);
    return value == null ? name : ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  /**
   * A short type name for messages, in YAML terms.
   *
   * @param value a raw value
   * @return e.g. {@code string}, {@code integer}, {@code list}
   */
  public static String typeName(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof String) {
      return "string";
    } else if (value instanceof Boolean) {
      return "boolean";
    } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return "integer";
    } else if (value instanceof Double) {
      return "float";
    } else if (value instanceof Map) {
      return "mapping";
    } else if (value instanceof List) {
      return "list";
    } else if (value instanceof byte[]) {
      return "binary";
    } else if (value instanceof Set) {
      return "set";
    }
    return "timestamp";
  }
}
