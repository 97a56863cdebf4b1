package io.tankos.bootc.kubevirt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SmallMap} against {@link LinkedHashMap} under the same generated operations. */
class SmallMapTest {

  @Test
  void behavesAsALinkedHashMapUnderGeneratedOperations() {
    Random random = new Random(7);
    int indexed = 0;
    for (int round = 0; round < 2_000; round++) {
      Map<String, Object> expected = new LinkedHashMap<>();
      Map<String, Object> actual = random.nextBoolean() ? new SmallMap<>() : new SmallMap<>(random.nextInt(5));
      // a third of the rounds grow past the scan limit, where keys are looked up in a hash index
      int keys = round % 3 == 0 ? 4 * SmallMap.SCAN_LIMIT : 12;
      int steps = round % 3 == 0 ? 200 : 60;
      for (int step = 0; step < steps; step++) {
        String key = random.nextInt(20) == 0 ? null : "k" + random.nextInt(keys);
        Object value = random.nextInt(10) == 0 ? null : random.nextInt(5);
        switch (random.nextInt(10)) {
          case 0, 1, 2 -> assertThat(actual.put(key, value)).isEqualTo(expected.put(key, value));
          case 3 -> assertThat(actual.remove(key)).isEqualTo(expected.remove(key));
          case 4 -> {
            assertThat(actual.get(key)).isEqualTo(expected.get(key));
            assertThat(actual.containsKey(key)).isEqualTo(expected.containsKey(key));
            assertThat(actual.getOrDefault(key, "none")).isEqualTo(expected.getOrDefault(key, "none"));
          }
          case 5 -> { // remove through the iterator every entry whose value is the generated one
            removeWhere(actual, value);
            removeWhere(expected, value);
          }
          case 6 -> { // write through the entries
            actual.entrySet().forEach(e -> e.setValue(String.valueOf(e.getValue())));
            expected.entrySet().forEach(e -> e.setValue(String.valueOf(e.getValue())));
          }
          case 7 -> assertThat(actual.putIfAbsent(key, value)).isEqualTo(expected.putIfAbsent(key, value));
          case 8 -> {
            Map<String, Object> more = new LinkedHashMap<>();
            more.put("m" + random.nextInt(3), value);
            more.put(key, step);
            actual.putAll(more);
            expected.putAll(more);
          }
          default -> {
            if (random.nextInt(keys == 12 ? 8 : 40) == 0) {
              actual.clear();
              expected.clear();
            } else {
              assertThat(actual.keySet().remove(key)).isEqualTo(expected.keySet().remove(key));
            }
          }
        }
        assertThat(entries(actual)).isEqualTo(entries(expected));
        assertThat(actual).isEqualTo(expected);
        assertThat(expected).isEqualTo(actual);
        assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(actual.size()).isEqualTo(expected.size());
        indexed += actual.size() > SmallMap.SCAN_LIMIT ? 1 : 0;
        assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
        List<Object> walked = new ArrayList<>();
        actual.forEach((k, v) -> {
          walked.add(k);
          walked.add(v);
        });
        assertThat(walked).isEqualTo(entries(expected));
      }
    }
    assertThat(indexed).as("steps with more keys than the scan limit").isGreaterThan(20_000);
  }

  private static void removeWhere(Map<String, Object> map, Object value) {
    for (Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator(); it.hasNext(); ) {
      if (java.util.Objects.equals(it.next().getValue(), value)) {
        it.remove();
      }
    }
  }

  private static List<Object> entries(Map<String, Object> map) {
    List<Object> out = new ArrayList<>();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      out.add(e.getKey());
      out.add(e.getValue());
    }
    return out;
  }
}
