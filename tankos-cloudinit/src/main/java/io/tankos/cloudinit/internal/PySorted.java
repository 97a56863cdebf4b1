package io.tankos.cloudinit.internal;

import io.tankos.core.text.Utf8;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Python's {@code sorted} of mapping keys, as jsonschema lists the unexpected keys of an object
 * ({@code 'aa', 'zz' were unexpected}): strings by code point, integers (and booleans) by value,
 * dates and times in time order, times with a zone by the instant. Keys Python cannot compare with
 * each other (a string and an integer, a date and a time, a time with and one without a zone) make
 * its {@code sorted} raise a {@code TypeError}; they are left in document order.
 */
final class PySorted {
  private PySorted() {}

  /**
   * The keys in Python's order.
   *
   * @param keys keys in document order
   * @return the keys sorted, or as given when Python could not sort them
   */
  static List<Object> keys(List<Object> keys) {
    if (keys.size() < 2) {
      return keys;
    }
    Comparator<Object> order = order(keys.get(0));
    if (order == null) {
      return keys;
    }
    for (Object k : keys) {
      if (order(k) != order) {
        return keys;
      }
    }
    List<Object> out = new ArrayList<>(keys);
    out.sort(order);
    return out;
  }

  private static final Comparator<Object> TEXT = (a, b) -> Utf8.compareCodePoints((String) a, (String) b);
  private static final Comparator<Object> INTEGER = Comparator.comparing(PySorted::integer);
  private static final Comparator<Object> DATE = Comparator.comparing(o -> (LocalDate) o);
  private static final Comparator<Object> NAIVE_TIME = Comparator.comparing(o -> (LocalDateTime) o);
  private static final Comparator<Object> ZONED_TIME =
      Comparator.comparing(o -> ((OffsetDateTime) o).toInstant());

  /** The order of a key's kind, or null for a kind this class does not sort. */
  private static Comparator<Object> order(Object key) {
    if (key instanceof String) {
      return TEXT;
    }
    if (key instanceof Integer || key instanceof Long || key instanceof BigInteger || key instanceof Boolean) {
      return INTEGER;
    }
    if (key instanceof LocalDate) {
      return DATE;
    }
    if (key instanceof LocalDateTime) {
      return NAIVE_TIME;
    }
    if (key instanceof OffsetDateTime) {
      return ZONED_TIME;
    }
    return null;
  }

  private static BigInteger integer(Object o) {
    if (o instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    }
    return o instanceof BigInteger i ? i : BigInteger.valueOf(((Number) o).longValue());
  }
}
