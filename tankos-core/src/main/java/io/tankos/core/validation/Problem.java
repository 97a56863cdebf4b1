package io.tankos.core.validation;

import java.util.Objects;

/**
 * One thing wrong with a value, and where it is. Messages never contain secret values.
 *
 * @param location where the problem is
 * @param message what is wrong, naming the reason
 */
public record Problem(Location location, String message) {

  /**
   * Checks the components.
   *
   * @param location where the problem is
   * @param message what is wrong
   */
  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Shorthand for {@code new Problem(Location.of(path), message)}.
   *
   * @param path rendered location path
   * @param message what is wrong
   * @return the problem
   */
  public static Problem at(String path, String message) {
    return new Problem(Location.of(path), message);
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
