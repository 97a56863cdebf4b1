package io.tankos.cloudinit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The keys {@code uniqueItems} puts in a set: two values have equal keys exactly when {@link
 * PyRepr#same} calls them the same, so the set finds what comparing every pair found.
 */
class PyReprSameKeyTest {
  @Test
  void keysAreEqualExactlyWhenTheValuesAreTheSame() {
    Gen<Object> value = r -> value(r, 2);
    Seeded.cases("sameKey", r -> java.util.Arrays.asList(value.next(r), value.next(r))).tries(50_000).check(pair -> {
      Object a = pair.get(0);
      Object b = pair.get(1);
      boolean same = PyRepr.same(a, b);
      assertThat(PyRepr.sameKey(a).equals(PyRepr.sameKey(b))).as(a + " vs " + b).isEqualTo(same);
      if (same) {
        assertThat(PyRepr.sameKey(a).hashCode()).isEqualTo(PyRepr.sameKey(b).hashCode());
      }
    });
  }

  /** Small values that often coincide: numbers of several types, flags, text, bytes, nesting. */
  private static Object value(SplittableRandom r, int depth) {
    int kind = r.nextInt(depth > 0 ? 11 : 9);
    int n = r.nextInt(3);
    return switch (kind) {
      case 0 -> n;
      case 1 -> (long) n;
      case 2 -> BigInteger.valueOf(n);
      case 3 -> n + (r.nextBoolean() ? 0.0 : 0.5);
      case 4 -> r.nextBoolean();
      case 5 -> Integer.toString(n);
      case 6 -> null;
      case 7 -> new byte[] {(byte) n};
      case 8 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NaN;
      case 9 -> {
        List<Object> l = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
          l.add(value(r, depth - 1));
        }
        yield l;
      }
      default -> {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = r.nextInt(3); i > 0; i--) {
          m.put(Integer.toString(r.nextInt(2)), value(r, depth - 1));
        }
        yield m;
      }
    };
  }
}
