package io.tankos.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value is invalid; carries every problem found, not only the first.
 *
 * <pre>{@code
 * try {
 *   unit.render();
 * } catch (ValidationException e) {
 *   e.problems().forEach(p -> System.err.println(p.location() + ": " + p.message()));
 * }
 * }</pre>
 */
public final class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order they were found. */
  private final transient List<Problem> problems;

  /**
   * An exception listing the given problems.
   *
   * @param problems at least one problem
   */
  public ValidationException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * An exception with a single problem.
   *
   * @param location where
   * @param message what is wrong
   */
  public ValidationException(Location location, String message) {
    this(List.of(new Problem(location, message)));
  }

  /**
   * The problems found.
   *
   * @return an unmodifiable list with at least one element
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The location of the first problem.
   *
   * @return the first problem's location
   */
  public Location location() {
    return problems.get(0).location();
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size()
        + " problems:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
