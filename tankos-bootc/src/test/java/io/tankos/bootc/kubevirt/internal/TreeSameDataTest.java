package io.tankos.bootc.kubevirt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Tree#sameData} against its definition: numbers equal as decimals, maps with equal key sets
 * and the same data under each key, on generated values.
 */
class TreeSameDataTest {

  @Test
  void numbersAreComparedAsDecimals() {
    Random random = new Random(2024);
    for (int i = 0; i < 200_000; i++) {
      long v = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(7) - 3;
      Number a = number(random, v);
      long w = random.nextBoolean() ? v : random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(7) - 3;
      Number b = number(random, w);
      boolean expected = new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
      assertThat(Tree.sameData(a, b)).as("%s (%s) and %s (%s)", a, a.getClass(), b, b.getClass())
          .isEqualTo(expected);
    }
  }

  private static Number number(Random random, long v) {
    return switch (random.nextInt(7)) {
      case 0 -> (int) v;
      case 1 -> v;
      case 2 -> (short) v;
      case 3 -> (byte) v;
      case 4 -> BigInteger.valueOf(v);
      case 5 -> BigDecimal.valueOf(v).setScale(random.nextInt(3));
      default -> random.nextBoolean() ? (double) (int) v : (int) v + 0.5;
    };
  }

  @Test
  void mapsAreTheSameWhenTheirKeySetsAndValuesAre() {
    Random random = new Random(4242);
    for (int i = 0; i < 100_000; i++) {
      Map<String, Object> a = map(random);
      Map<String, Object> b = random.nextBoolean() ? new SmallMap<>() : new LinkedHashMap<>();
      if (random.nextBoolean()) {
        b.putAll(a);
      }
      Map<String, Object> more = map(random);
      more.forEach((k, v) -> {
        if (random.nextInt(3) == 0) {
          b.put(k, v);
        }
      });
      boolean expected = a.keySet().equals(b.keySet());
      for (String k : a.keySet()) {
        expected &= Tree.sameData(a.get(k), b.get(k));
      }
      assertThat(Tree.sameData(a, b)).as("%s and %s", a, b).isEqualTo(expected);
    }
  }

  private static Map<String, Object> map(Random random) {
    Map<String, Object> m = random.nextBoolean() ? new SmallMap<>() : new LinkedHashMap<>();
    int n = random.nextInt(4);
    for (int j = 0; j < n; j++) {
      m.put("k" + random.nextInt(5), random.nextInt(3) == 0 ? null : (Object) random.nextInt(2));
    }
    return m;
  }
}
