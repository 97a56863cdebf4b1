package io.tankos.cloudinit.internal;

import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.BiConsumer;

/**
 * About the length of the YAML text of a small value, so that {@link Yaml11Writer} sizes the text
 * of meta-data or a network-config without the slack of a fixed capacity: each string's length
 * plus its quotes, and for every entry or item a line feed, a separator and the indentation of its
 * depth. It walks mappings with {@link Map#forEach} and lists by index, making no iterator, and
 * stops counting above its limit.
 */
final class TextEstimate implements BiConsumer<Object, Object> {
  private final int limit;
  private int depth;
  private long total;

  private TextEstimate(int limit) {
    this.limit = limit;
  }

  /**
   * The estimate, at most {@code limit}.
   *
   * @param value the value to be written
   * @param limit the largest answer
   * @return the estimated length, or {@code limit} when it is larger
   */
  static int of(Object value, int limit) {
    TextEstimate e = new TextEstimate(limit);
    e.add(value);
    return (int) Math.min(limit, e.total);
  }

  @Override
  public void accept(Object key, Object value) {
    if (total <= limit) {
      total += 2L * depth + 4;
      add(key);
      add(value);
    }
  }

  private void add(Object value) {
    if (value instanceof String s) {
      total += s.length() + 2L;
    } else if (value instanceof Map<?, ?> map) {
      depth++;
      map.forEach(this);
      depth--;
    } else if (value instanceof List<?> list && list instanceof RandomAccess) {
      depth++;
      for (int i = 0, n = list.size(); i < n && total <= limit; i++) {
        total += 2L * depth + 4;
        add(list.get(i));
      }
      depth--;
    } else if (value instanceof List<?> list) {
      total += limit + 1L; // a list read by an iterator: the full capacity
    } else {
      total += 8;
    }
  }
}
