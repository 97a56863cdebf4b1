package io.tankos.testkit;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A check held to the one it replaces on generated values: typically a hand-written reading held
 * to the regular expression it stands in for. Every case must get the same answer from both, and
 * the generator must be fair to both answers: at least a share of the cases must be accepted and as
 * many refused, or the test proves little. Cases are {@link Seeded}, so a failure names its case and
 * how to re-run it.
 *
 * <pre>{@code
 * Pattern label = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
 * Agreement.of("labels", Gen.strings(Chars.of("az09-."), 0, 8))
 *     .tries(200_000)
 *     .check(s -> label.matcher(s).matches(), KubeNames::isLabel);
 * }</pre>
 *
 * @param <T> the value type
 */
public final class Agreement<T> {
  /** The share of cases each answer must get unless {@link #eachAnswerAtLeast(double)} says otherwise. */
  public static final double DEFAULT_SHARE = 0.05;

  private final String property;
  private final Gen<T> gen;
  private final int tries;
  private final double share;

  private Agreement(String property, Gen<T> gen, int tries, double share) {
    this.property = Objects.requireNonNull(property, "property");
    this.gen = Objects.requireNonNull(gen, "gen");
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be positive: " + tries);
    }
    if (!(share >= 0 && share <= 0.5)) {
      throw new IllegalArgumentException("share must be within [0, 0.5]: " + share);
    }
    this.tries = tries;
    this.share = share;
  }

  /**
   * An agreement over 100 cases of {@code gen}, each answer at least {@link #DEFAULT_SHARE} of them.
   *
   * @param property the property's name; it selects the cases
   * @param gen the values' generator
   * @param <T> the value type
   * @return the agreement to check
   */
  public static <T> Agreement<T> of(String property, Gen<T> gen) {
    return new Agreement<>(property, gen, 100, DEFAULT_SHARE);
  }

  /**
   * The same agreement over this many cases.
   *
   * @param count how many cases
   * @return the agreement
   */
  public Agreement<T> tries(int count) {
    return new Agreement<>(property, gen, count, share);
  }

  /**
   * The same agreement, each answer at least this share of the cases.
   *
   * @param minimum the share, from 0 to 0.5
   * @return the agreement
   */
  public Agreement<T> eachAnswerAtLeast(double minimum) {
    return new Agreement<>(property, gen, tries, minimum);
  }

  /**
   * Runs every case: {@code actual} must answer as {@code expected} does, and each answer must come
   * up often enough. When one case is chosen with {@code -Dtankos.case}, only its answer is checked.
   *
   * @param expected the check relied on before, the oracle
   * @param actual the check under test
   */
  public void check(Predicate<? super T> expected, Predicate<? super T> actual) {
    int[] counts = new int[2];
    Seeded.cases(property, gen).tries(tries).check(value -> {
      boolean want = expected.test(value);
      boolean got = actual.test(value);
      if (got != want) {
        throw new AssertionError("expected " + (want ? "accepted" : "refused") + " but was "
            + (got ? "accepted" : "refused"));
      }
      counts[want ? 1 : 0]++;
    });
    int minimum = (int) Math.ceil(tries * share);
    if (counts[0] + counts[1] == tries && (counts[0] < minimum || counts[1] < minimum)) {
      throw new AssertionError(String.format(
          "%s: the generator is unfair: %d of %d cases accepted and %d refused, each should be at least %d",
          property, counts[1], tries, counts[0], minimum));
    }
  }
}
