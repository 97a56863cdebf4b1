package io.tankos.bootc.kubevirt.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A mutable map in insertion order over one array of keys and values, for the mappings of the
 * plain trees the codecs write: each holds a handful of keys, so a lookup scans rather than hashes,
 * and the map is two objects instead of a hash table and an entry a key. It behaves as a {@link
 * java.util.LinkedHashMap} in insertion order (putting an existing key keeps its place; null keys
 * and values are allowed); its iterators are not fail-fast. Past {@link #SCAN_LIMIT} keys (a
 * caller's labels, a Secret's data) it keeps a hash index of the keys, so that a large map is not
 * quadratic to fill; the changes keep the index, a lookup never writes, so a map no longer changed
 * can be read from several threads (the models share their copies and the trees they wrote).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class SmallMap<K, V> extends AbstractMap<K, V> {
  private static final Object[] NONE = {};

  /** The most keys a lookup scans; a larger map looks keys up in {@link #index}. */
  static final int SCAN_LIMIT = 16;

  /** Key {@code i} at {@code 2i}, its value at {@code 2i + 1}. */
  private Object[] slots;

  private int size;

  /** Each key's position, once the map has more than {@link #SCAN_LIMIT} keys; null otherwise. */
  private HashMap<Object, Integer> index;

  /** An empty map. */
  public SmallMap() {
    slots = NONE;
  }

  /**
   * An empty map with room for some keys before it grows.
   *
   * @param capacity the number of keys
   */
  public SmallMap(int capacity) {
    slots = capacity == 0 ? NONE : new Object[2 * capacity];
  }

  private int indexOf(Object key) {
    if (index != null) {
      Integer i = index.get(key);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < size; i++) {
      if (Objects.equals(slots[2 * i], key)) {
        return i;
      }
    }
    return -1;
  }

  /** Makes {@link #index} when the map has grown past {@link #SCAN_LIMIT} keys, drops it below. */
  private void reindex() {
    if (size <= SCAN_LIMIT) {
      index = null;
      return;
    }
    HashMap<Object, Integer> keys = new HashMap<>(2 * size);
    for (int i = 0; i < size; i++) {
      keys.putIfAbsent(slots[2 * i], i);
    }
    index = keys;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (V) slots[2 * i + 1];
  }

  @Override
  @SuppressWarnings("unchecked")
  public V put(K key, V value) {
    int i = indexOf(key);
    if (i >= 0) {
      V old = (V) slots[2 * i + 1];
      slots[2 * i + 1] = value;
      return old;
    }
    if (2 * size == slots.length) {
      slots = Arrays.copyOf(slots, Math.max(8, 2 * slots.length));
    }
    slots[2 * size] = key;
    slots[2 * size + 1] = value;
    if (index != null) {
      index.put(key, size);
    }
    size++;
    if (index == null && size > SCAN_LIMIT) {
      reindex();
    }
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V remove(Object key) {
    int i = indexOf(key);
    if (i < 0) {
      return null;
    }
    V old = (V) slots[2 * i + 1];
    removeAt(i);
    return old;
  }

  private void removeAt(int i) {
    System.arraycopy(slots, 2 * i + 2, slots, 2 * i, 2 * (size - i - 1));
    size--;
    slots[2 * size] = null;
    slots[2 * size + 1] = null;
    reindex(); // the keys after i moved
  }

  @Override
  public void clear() {
    index = null;
    Arrays.fill(slots, 0, 2 * size, null);
    size = 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super K, ? super V> action) {
    Objects.requireNonNull(action, "action");
    for (int i = 0; i < size; i++) {
      action.accept((K) slots[2 * i], (V) slots[2 * i + 1]);
    }
  }

  /**
   * Whether every key of this map is in another map with the same data ({@link Tree#holdsSame}),
   * read by index; past the first that is not, the rest are skipped.
   *
   * @param other the other map
   * @return true when each entry is in the other
   */
  boolean entriesIn(Map<?, ?> other) {
    for (int i = 0; i < size; i++) {
      if (!Tree.holdsSame(other, slots[2 * i], slots[2 * i + 1])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<K, V>> iterator() {
        return new Entries();
      }
    };
  }

  /** The entries in order; {@link Iterator#remove} removes the last one returned. */
  private final class Entries implements Iterator<Entry<K, V>> {
    private int next;
    private int last = -1;

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public Entry<K, V> next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      last = next++;
      return new Slot(last);
    }

    @Override
    public void remove() {
      if (last < 0) {
        throw new IllegalStateException();
      }
      removeAt(last);
      next = last;
      last = -1;
    }
  }

  /** The entry at an index, read and written through to the map. */
  private final class Slot implements Entry<K, V> {
    private final int index;

    Slot(int index) {
      this.index = index;
    }

    @Override
    @SuppressWarnings("unchecked")
    public K getKey() {
      return (K) slots[2 * index];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getValue() {
      return (V) slots[2 * index + 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V setValue(V value) {
      V old = (V) slots[2 * index + 1];
      slots[2 * index + 1] = value;
      return old;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry<?, ?> e
          && Objects.equals(getKey(), e.getKey())
          && Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }
}
