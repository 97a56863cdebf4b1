package io.tankos.cloudinit.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
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

  /**
   * Appends Python's {@code str} of a value.
   *
   * @param out where to append
   * @param o the value
   * @return {@code out}
   */
  static StringBuilder appendStr(StringBuilder out, Object o) {
    if (o instanceof String s) {
      return out.append(s);
    }
    String date = PyDateRepr.str(o);
    return date != null ? out.append(date) : append(out, o);
  }

  static String repr(Object o) {
    return o instanceof String || o instanceof byte[] || o instanceof Collection<?>
        || o instanceof Map<?, ?> ? append(new StringBuilder(), o).toString() : scalar(o);
  }

  /**
   * Appends Python's {@code repr} of a value: what {@link #repr} returns, without making it first
   * (nor a string for each part of a collection).
   *
   * @param out where to append
   * @param o the value
   * @return {@code out}
   */
  static StringBuilder append(StringBuilder out, Object o) {
    if (o instanceof String s) {
      if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
        return out.append('"').append(s).append('"');
      }
      return out.append('\'').append(s.replace("'", "\\'")).append('\''); // s itself if no quote
    }
    if (o instanceof byte[] b) {
      out.append("b'");
      for (byte x : b) {
        out.append((char) (x & 0xFF)); // ISO-8859-1
      }
      return out.append('\'');
    }
    if (o instanceof Map<?, ?> m) {
      int first = out.append('{').length();
      m.forEach((k, v) -> append(append(out.length() > first ? out.append(", ") : out, k)
          .append(": "), v));
      return out.append('}');
    }
    if (o instanceof Collection<?> c) {
      int first = out.append(c instanceof List<?> ? '[' : '{').length();
      c.forEach(v -> append(out.length() > first ? out.append(", ") : out, v));
      return out.append(c instanceof List<?> ? ']' : '}');
    }
    if (o instanceof Integer || o instanceof Long) {
      return out.append(((Number) o).longValue());
    }
    return out.append(scalar(o));
  }

  /** The repr of a value that is not a string or collection. */
  private static String scalar(Object o) {
    if (o == null) {
      return "None";
    }
    if (o instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (o instanceof Double d) {
      return d.isNaN() ? "nan" : d.isInfinite() ? (d > 0 ? "inf" : "-inf")
          : d == Math.rint(d) && Math.abs(d) < 1e16 ? String.format(Locale.ROOT, "%.1f", d)
          : String.valueOf(d);
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
