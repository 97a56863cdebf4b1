package io.tankos.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.opentest4j.TestAbortedException;

/**
 * Generated test cases that can be re-run exactly: case {@code i} of a property draws its value
 * from a {@link SplittableRandom} whose seed follows from the base seed, the property's name and
 * {@code i} alone. The base seed is fixed, so every run checks the same cases; a developer explores
 * others with {@code -Dtankos.seed=N}. A failure names the case and the seeds, and {@code
 * -Dtankos.case=I} (with the same base seed) runs only that case.
 *
 * <pre>{@code
 * @Test
 * void splitOfQuoteIsIdentity() {
 *   Seeded.cases("splitOfQuoteIsIdentity", words()).tries(1000).check(words -> ...);
 * }
 *
 * @TestFactory
 * Stream<DynamicTest> imagesExtractToTheirTrees() {
 *   return Seeded.cases("imagesExtractToTheirTrees", batches()).tries(10).dynamicTests(this::check);
 * }
 * }</pre>
 *
 * @param <T> the value type
 */
public final class Seeded<T> {
  /** The base seed of a run unless {@code tankos.seed} says otherwise. */
  public static final long DEFAULT_SEED = 20261126L;

  private static final long GAMMA = 0x9E3779B97F4A7C15L;
  private static final int MAX_SHOWN = 2000;

  private final String property;
  private final Gen<T> gen;
  private final int tries;

  private Seeded(String property, Gen<T> gen, int tries) {
    this.property = Objects.requireNonNull(property, "property");
    this.gen = Objects.requireNonNull(gen, "gen");
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be positive: " + tries);
    }
    this.tries = tries;
  }

  /**
   * Cases of a property, 100 unless {@link #tries(int)} says otherwise.
   *
   * @param property the property's name; it selects the cases, so two properties differ
   * @param gen the values' generator
   * @param <T> the value type
   * @return the cases
   */
  public static <T> Seeded<T> cases(String property, Gen<T> gen) {
    return new Seeded<>(property, gen, 100);
  }

  /**
   * The same cases, this many.
   *
   * @param count how many cases
   * @return the cases
   */
  public Seeded<T> tries(int count) {
    return new Seeded<>(property, gen, count);
  }

  /**
   * Runs every case in this test; the first failure fails it, naming the case and its seeds. An
   * aborted assumption aborts the test.
   *
   * @param body the property, run with each value
   */
  public void check(ThrowingConsumer<? super T> body) {
    for (int i : indices().toArray()) {
      run(i, body);
    }
  }

  /**
   * One dynamic test per case, named {@code case I}, for a {@code @TestFactory}.
   *
   * @param body the property, run with each value
   * @return the tests, generated lazily
   */
  public Stream<DynamicTest> dynamicTests(ThrowingConsumer<? super T> body) {
    return indices().mapToObj(i -> DynamicTest.dynamicTest("case " + i, () -> run(i, body)));
  }

  /**
   * The values of the cases, in order (all of them, whatever {@code tankos.case} says).
   *
   * @return the values
   */
  public List<T> values() {
    List<T> out = new ArrayList<>(tries);
    for (int i = 0; i < tries; i++) {
      out.add(gen.next(new SplittableRandom(caseSeed(i))));
    }
    return out;
  }

  /**
   * The seed of case {@code index} of this property under the run's base seed.
   *
   * @param index the case
   * @return the seed of its randomness
   */
  public long caseSeed(int index) {
    long propertySeed = new SplittableRandom(baseSeed()).nextLong() ^ property.hashCode();
    return new SplittableRandom(propertySeed + GAMMA * index).nextLong();
  }

  /**
   * The run's base seed: system property {@code tankos.seed} (decimal, or hex with {@code 0x}),
   * else {@link #DEFAULT_SEED}.
   *
   * @return the base seed
   */
  public static long baseSeed() {
    String s = System.getProperty("tankos.seed");
    if (s == null || s.isBlank() || s.contains("${")) {
      return DEFAULT_SEED;
    }
    s = s.trim();
    return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
  }

  private IntStream indices() {
    String only = System.getProperty("tankos.case");
    if (only == null || only.isBlank() || only.contains("${")) {
      return IntStream.range(0, tries);
    }
    int i = Integer.parseInt(only.trim());
    return i < tries ? IntStream.of(i) : IntStream.empty();
  }

  private void run(int index, ThrowingConsumer<? super T> body) {
    long seed = caseSeed(index);
    T value = null;
    boolean drawn = false;
    try {
      value = gen.next(new SplittableRandom(seed));
      drawn = true;
      body.accept(value);
    } catch (TestAbortedException | VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      String what = drawn ? "value: " + shown(value) : "the generator threw";
      throw new AssertionError(
          String.format(
              "%s failed at case %d of %d (case seed 0x%x); re-run exactly with"
                  + " -Dtankos.seed=%d -Dtankos.case=%d%n%s%n%s",
              property, index, tries, seed, baseSeed(), index, t, what),
          t);
    }
  }

  /** The value's text with control characters escaped, cut short when long. */
  private static String shown(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < MAX_SHOWN; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)
          || c == '\u2028'
          || c == '\u2029'
          || Character.isSurrogate(c) && !validPair(text, i)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() < MAX_SHOWN ? out.toString() : out + "… (" + text.length() + " chars)";
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
