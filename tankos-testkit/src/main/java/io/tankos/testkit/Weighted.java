package io.tankos.testkit;

/**
 * A generator with its weight in {@link Gen#frequency(Weighted[])}.
 *
 * @param weight how often, relative to the others; positive
 * @param gen the generator
 * @param <T> the value type
 */
public record Weighted<T>(int weight, Gen<? extends T> gen) {
  /**
   * Checks the weight.
   *
   * @param weight how often, relative to the others; positive
   * @param gen the generator
   */
  public Weighted {
    if (weight <= 0) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
    java.util.Objects.requireNonNull(gen, "gen");
  }
}
