package io.tankos.testkit;

import java.util.SplittableRandom;

/** The shared distribution of drawn sizes and numbers: edge values often, small values favoured. */
final class Draws {
  /** How many values a filter may refuse in a row before the generator is called broken. */
  static final int MAX_MISSES = 10_000;

  private Draws() {}

  /**
   * A number in {@code [min, max]}: one time in eight an edge ({@code min}, {@code max}, their
   * neighbours, and -1, 0, 1 when in range), one time in four a number from the lowest eighth of the
   * range, otherwise any number in the range.
   */
  static long between(SplittableRandom random, long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " > max " + max);
    }
    if (min == max) {
      return min;
    }
    int pick = random.nextInt(32);
    if (pick < 4) {
      return edge(random, min, max);
    }
    long span = max - min; // may overflow for the whole long range: then draw freely
    if (span < 0) {
      return random.nextLong();
    }
    if (pick < 12) {
      return min + random.nextLong(span / 8 + 1);
    }
    return span == Long.MAX_VALUE ? min + random.nextLong(span) : min + random.nextLong(span + 1);
  }

  /** One of {@code min}, {@code max}, their neighbours, and -1, 0, 1 when in range. */
  private static long edge(SplittableRandom random, long min, long max) {
    long[] edges = {min, max, min + 1, max - 1, -1, 0, 1};
    while (true) {
      long e = edges[random.nextInt(edges.length)];
      if (min <= e && e <= max) {
        return e;
      }
    }
  }

  /** A size or index in {@code [min, max]}, as {@link #between(SplittableRandom, long, long)}. */
  static int between(SplittableRandom random, int min, int max) {
    return (int) between(random, (long) min, (long) max);
  }
}
