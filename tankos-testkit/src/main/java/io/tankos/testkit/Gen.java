package io.tankos.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of test values: draws one value from the randomness of a case. Sizes and numbers
 * favour edges (empty, minimum, maximum, their neighbours, zero) and small values; alphabets favour
 * their first and last characters (see {@link Chars}). Run generated cases with {@link Seeded}.
 *
 * <pre>{@code
 * Gen<String> word = Gen.strings(Chars.of(" \t\"'\\$").plus(Chars.range('a', 'c')), 0, 12);
 * Gen<List<String>> words = word.list(1, 20);
 * }</pre>
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * Draws one value.
   *
   * @param random the case's randomness
   * @return the value
   */
  T next(SplittableRandom random);

  /**
   * Values of this generator, transformed.
   *
   * @param f the transformation
   * @param <R> the new value type
   * @return the generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return random -> f.apply(next(random));
  }

  /**
   * Values of this generator that pass a test; drawn again until one does.
   *
   * @param accept the test
   * @return the generator
   * @throws IllegalStateException from {@code next} when 10,000 values in a row fail the test
   */
  default Gen<T> filter(Predicate<? super T> accept) {
    return random -> {
      for (int i = 0; i < Draws.MAX_MISSES; i++) {
        T value = next(random);
        if (accept.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("filter refused " + Draws.MAX_MISSES + " values in a row");
    };
  }

  /**
   * Lists of {@code min} to {@code max} values of this generator (nulls allowed).
   *
   * @param min the least size
   * @param max the greatest size
   * @return the generator of unmodifiable lists
   */
  default Gen<List<T>> list(int min, int max) {
    return random -> {
      int size = Draws.between(random, min, max);
      List<T> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(next(random));
      }
      return Collections.unmodifiableList(out);
    };
  }

  /**
   * Lists of {@code min} to {@code max} values of this generator whose keys differ; a value whose
   * key is taken is drawn again.
   *
   * @param min the least size
   * @param max the greatest size
   * @param key the key of a value
   * @return the generator of unmodifiable lists
   */
  default Gen<List<T>> uniqueList(int min, int max, Function<? super T, ?> key) {
    return random -> {
      int size = Draws.between(random, min, max);
      List<T> out = new ArrayList<>(size);
      Set<Object> keys = new HashSet<>();
      for (int misses = 0; out.size() < size; ) {
        T value = next(random);
        if (keys.add(key.apply(value))) {
          out.add(value);
        } else if (++misses == Draws.MAX_MISSES) {
          throw new IllegalStateException("no value with a new key in " + misses + " draws");
        }
      }
      return Collections.unmodifiableList(out);
    };
  }

  /**
   * Always the same value.
   *
   * @param value the value, may be null
   * @param <T> the value type
   * @return the generator
   */
  static <T> Gen<T> constant(T value) {
    return random -> value;
  }

  /**
   * One of the given values, each equally likely.
   *
   * @param values the values, at least one; null allowed
   * @param <T> the value type
   * @return the generator
   */
  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T v : values) {
      list.add(v);
    }
    return of(list);
  }

  /**
   * One of the given values, each equally likely.
   *
   * @param values the values, at least one
   * @param <T> the value type
   * @return the generator
   */
  static <T> Gen<T> of(List<? extends T> values) {
    List<? extends T> copy = Collections.unmodifiableList(new ArrayList<>(values));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no values to choose from");
    }
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * A value of one of the given generators, each equally likely.
   *
   * @param gens the generators, at least one
   * @param <T> the value type
   * @return the generator
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = new ArrayList<>(gens.length);
    for (Gen<? extends T> g : gens) {
      copy.add(Objects.requireNonNull(g, "gen"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no generators to choose from");
    }
    return random -> copy.get(random.nextInt(copy.size())).next(random);
  }

  /**
   * A value of one of the given generators, chosen in proportion to their weights.
   *
   * @param choices the generators with their weights, at least one
   * @param <T> the value type
   * @return the generator
   */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> copy = new ArrayList<>(choices.length);
    int total = 0;
    for (Weighted<? extends T> w : choices) {
      copy.add(w);
      total += w.weight();
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no generators to choose from");
    }
    int sum = total;
    return random -> {
      int pick = random.nextInt(sum);
      for (Weighted<? extends T> w : copy) {
        pick -= w.weight();
        if (pick < 0) {
          return w.gen().next(random);
        }
      }
      throw new AssertionError("unreachable");
    };
  }

  /**
   * A generator with a weight, for {@link #frequency(Weighted[])}.
   *
   * @param weight how often, relative to the others; positive
   * @param gen the generator
   * @param <T> the value type
   * @return the weighted generator
   */
  static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /**
   * Integers in {@code [min, max]}, edges and small values favoured.
   *
   * @param min the least value
   * @param max the greatest value
   * @return the generator
   */
  static Gen<Integer> ints(int min, int max) {
    return random -> Draws.between(random, min, max);
  }

  /**
   * Any long, edges ({@code MIN_VALUE}, {@code MAX_VALUE}, 0, ±1) favoured.
   *
   * @return the generator
   */
  static Gen<Long> longs() {
    return random -> Draws.between(random, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * True or false, equally likely.
   *
   * @return the generator
   */
  static Gen<Boolean> booleans() {
    return SplittableRandom::nextBoolean;
  }

  /**
   * Byte arrays of {@code min} to {@code max} random bytes.
   *
   * @param min the least length
   * @param max the greatest length
   * @return the generator
   */
  static Gen<byte[]> bytes(int min, int max) {
    return random -> {
      byte[] out = new byte[Draws.between(random, min, max)];
      random.nextBytes(out);
      return out;
    };
  }

  /**
   * Strings of {@code min} to {@code max} code points from an alphabet.
   *
   * @param chars the alphabet
   * @param min the least number of code points
   * @param max the greatest number of code points
   * @return the generator
   */
  static Gen<String> strings(Chars chars, int min, int max) {
    Objects.requireNonNull(chars, "chars");
    return random -> {
      int length = Draws.between(random, min, max);
      StringBuilder out = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        out.appendCodePoint(chars.next(random));
      }
      return out.toString();
    };
  }

  /**
   * Maps of {@code min} to {@code max} entries with distinct keys, in the order drawn (null values
   * allowed).
   *
   * @param keys the keys' generator
   * @param values the values' generator
   * @param min the least size
   * @param max the greatest size
   * @param <K> the key type
   * @param <V> the value type
   * @return the generator of unmodifiable maps
   */
  static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int min, int max) {
    Gen<List<K>> keyLists = keys.uniqueList(min, max, k -> k);
    return random -> {
      Map<K, V> out = new LinkedHashMap<>();
      for (K k : keyLists.next(random)) {
        out.put(k, values.next(random));
      }
      return Collections.unmodifiableMap(out);
    };
  }
}
