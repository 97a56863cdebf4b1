package io.tankos.bootc.containerfile;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code --name[=value]} flag of an instruction, in the order written.
 *
 * @param name the flag name without dashes, e.g. {@code mount}
 * @param value the value, or null for a bare boolean flag such as {@code --link}
 */
public record Flag(String name, Word value) {

  /**
   * Checks the name.
   *
   * @param name the flag name
   * @param value the value or null
   */
  public Flag {
    Objects.requireNonNull(name, "name");
    if (!isName(name)) {
      throw new IllegalArgumentException("invalid flag name: " + name);
    }
  }

  /**
   * A flag with a value.
   *
   * @param name the name
   * @param value the value
   * @return the flag
   */
  public static Flag of(String name, Word value) {
    return new Flag(name, Objects.requireNonNull(value, "value"));
  }

  /**
   * A flag with a literal value.
   *
   * @param name the name
   * @param value the literal value
   * @return the flag
   */
  public static Flag of(String name, String value) {
    return of(name, Word.literal(value));
  }

  /**
   * A bare boolean flag ({@code --link}).
   *
   * @param name the name
   * @return the flag
   */
  public static Flag bare(String name) {
    return new Flag(name, null);
  }

  /**
   * The value, if any.
   *
   * @return the value
   */
  public Optional<Word> optionalValue() {
    return Optional.ofNullable(value);
  }

  /** {@code [a-z][a-z0-9-]*}, read by hand: a flag is made for every one a parse reads. */
  private static boolean isName(String name) {
    if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
