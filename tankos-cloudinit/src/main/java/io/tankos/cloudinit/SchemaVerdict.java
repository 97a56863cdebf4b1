package io.tankos.cloudinit;

import io.tankos.core.validation.Location;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code cloud-init schema} says about a document: valid or not, its errors and its
 * deprecations (which never make a document invalid), and, for documents cloud-init does not
 * evaluate (scripts, boothooks, includes on 25.1), a note saying so.
 */
public final class SchemaVerdict {
  /** The verdict of a document with neither errors nor deprecations (immutable, so shared). */
  static final SchemaVerdict NOTHING_FOUND = new SchemaVerdict(List.of(), List.of(), null);

  private final List<SchemaFinding> errors;
  private final List<SchemaFinding> deprecations;
  private final String notEvaluated;

  private SchemaVerdict(List<SchemaFinding> errors, List<SchemaFinding> deprecations,
      String notEvaluated) {
    this.errors = List.copyOf(errors);
    this.deprecations = List.copyOf(deprecations);
    this.notEvaluated = notEvaluated;
  }

  static SchemaVerdict of(List<SchemaFinding> errors, List<SchemaFinding> deprecations) {
    return new SchemaVerdict(errors, deprecations, null);
  }

  static SchemaVerdict error(String path, int line, String message) {
    return new SchemaVerdict(List.of(new SchemaFinding(path, Location.ROOT, line, message)),
        List.of(), null);
  }

  static SchemaVerdict notEvaluated(String why) {
    return new SchemaVerdict(List.of(), List.of(), Objects.requireNonNull(why, "why"));
  }

  /**
   * Whether cloud-init accepts the document (its {@code schema} command exits 0).
   *
   * @return true when there are no errors
   */
  public boolean valid() {
    return errors.isEmpty();
  }

  /**
   * The errors, sorted by path.
   *
   * @return unmodifiable list
   */
  public List<SchemaFinding> errors() {
    return errors;
  }

  /**
   * The deprecations (warnings).
   *
   * @return unmodifiable list
   */
  public List<SchemaFinding> deprecations() {
    return deprecations;
  }

  /**
   * Why cloud-init did not evaluate the document, when it did not (it then accepts it).
   *
   * @return the note, if any
   */
  public Optional<String> notEvaluated() {
    return Optional.ofNullable(notEvaluated);
  }

  @Override
  public String toString() {
    return valid() ? "valid" + (notEvaluated == null ? "" : " (" + notEvaluated + ")")
        : "invalid: " + errors;
  }
}
