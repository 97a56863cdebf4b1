package io.tankos.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while a value is checked, then throws them all at once.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * if (image == null) problems.add(Location.of("Container.Image"), "is required");
 * problems.throwIfAny();
 * }</pre>
 *
 * <p>Not thread-safe; use one per validation run.
 */
public final class Problems {
  /** The problems, made at the first: most checks find none. */
  private List<Problem> list;

  /** An empty collector. */
  public Problems() {}

  /**
   * Records a problem.
   *
   * @param location where
   * @param message what is wrong
   * @return this collector
   */
  public Problems add(Location location, String message) {
    target().add(new Problem(location, message));
    return this;
  }

  /**
   * Records a problem.
   *
   * @param problem the problem
   * @return this collector
   */
  public Problems add(Problem problem) {
    target().add(problem);
    return this;
  }

  /**
   * Records every problem of an exception thrown by a nested check.
   *
   * @param e the exception
   * @return this collector
   */
  public Problems addAll(ValidationException e) {
    target().addAll(e.problems());
    return this;
  }

  /**
   * Runs a nested check and records its problems instead of letting it throw.
   *
   * @param check a check that may throw {@link ValidationException}
   * @return this collector
   */
  public Problems collect(Runnable check) {
    try {
      check.run();
    } catch (ValidationException e) {
      addAll(e);
    }
    return this;
  }

  /**
   * Whether nothing was recorded.
   *
   * @return true when no problem was recorded
   */
  public boolean isEmpty() {
    return list == null || list.isEmpty();
  }

  /**
   * The problems recorded so far.
   *
   * @return an unmodifiable copy
   */
  public List<Problem> list() {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** Throws a {@link ValidationException} listing every problem, if there is any. */
  public void throwIfAny() {
    if (!isEmpty()) {
      throw new ValidationException(list);
    }
  }

  private List<Problem> target() {
    if (list == null) {
      list = new ArrayList<>();
    }
    return list;
  }
}
