package io.tankos.cloudinit.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's view of loaded YAML values, as cloud-init's validator sees them: {@code repr} and
 * {@code str} for messages and paths, and the equality JSON Schema's {@code enum} and {@code
 * uniqueItems} use (numbers by value, booleans never equal to numbers).
 */
final class PyRepr {
  private PyRepr() {}

  static String str(Object o) {
    if (o instanceof String s) {
      return s;
    }
    String date = PyDateRepr.str(o);
    return date != null ? date : repr(o);
  }

  static String repr(Object o) {
    if (o == null) {
      return "None";
    }
    if (o instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (o instanceof String s) {
      return s.contains("'") && !s.contains("\"") ? "\"" + s + "\"" : "'" + s.replace("'", "\\'") + "'";
    }
    if (o instanceof byte[] b) {
      return "b'" + new String(b, StandardCharsets.ISO_8859_1) + "'";
    }
    if (o instanceof Double d) {
      return d.isNaN() ? "nan" : d.isInfinite() ? (d > 0 ? "inf" : "-inf")
          : d == Math.rint(d) && Math.abs(d) < 1e16 ? String.format(Locale.ROOT, "%.1f", d)
          : String.valueOf(d);
    }
    if (o instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, v) -> parts.add(repr(k) + ": " + repr(v)));
      return "{" + String.join(", ", parts) + "}";
    }
    if (o instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(v -> parts.add(repr(v)));
      return "[" + String.join(", ", parts) + "]";
    }
    if (o instanceof Collection<?> c) {
      List<String> parts = new ArrayList<>();
      c.forEach(v -> parts.add(repr(v)));
      return "{" + String.join(", ", parts) + "}";
    }
    String date = PyDateRepr.of(o);
    return date != null ? date : String.valueOf(o);
  }

  /** Python equality with booleans kept apart from numbers. */
  static boolean same(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Boolean || b instanceof Boolean) {
      return a.equals(b);
    }
    if (a instanceof Number x && b instanceof Number y) {
      return toDecimal(x).compareTo(toDecimal(y)) == 0;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!y.containsKey(e.getKey()) || !same(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return java.util.Arrays.equals(x, y);
    }
    return a.equals(b);
  }

  /**
   * A value whose {@code equals} and {@code hashCode} follow {@link #same}: numbers by value (as
   * decimals without trailing zeros), lists and maps by their parts, byte strings by content.
   *
   * @param x a loaded value
   * @return its key
   */
  static Object sameKey(Object x) {
    if (x == null) {
      return NULL_KEY;
    }
    if (x instanceof Boolean) {
      return x;
    }
    if (x instanceof Number n) {
      return toDecimal(n).stripTrailingZeros();
    }
    if (x instanceof List<?> l) {
      List<Object> keys = new java.util.ArrayList<>(l.size());
      l.forEach(e -> keys.add(sameKey(e)));
      return keys;
    }
    if (x instanceof Map<?, ?> m) {
      Map<Object, Object> keys = new java.util.HashMap<>();
      m.forEach((k, v) -> keys.put(k, sameKey(v)));
      return keys;
    }
    if (x instanceof byte[] b) {
      return java.nio.ByteBuffer.wrap(b);
    }
    return x;
  }

  private static final Object NULL_KEY = new Object();

  private static BigDecimal toDecimal(Number n) {
    if (n instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : BigDecimal.valueOf(Double.MAX_VALUE);
    }
    return BigDecimal.valueOf(n.longValue());
  }
}
