package io.tankos.core.unit;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.List;

/**
 * The checks {@link UnitFile.Builder#build()} runs: every section name, key, value and comment must
 * be writable so that the parser reads it back unchanged. Problems are located like
 * {@code Container.PublishPort[2]} (the third {@code PublishPort=} of {@code [Container]}). Nothing
 * is allocated for a file without problems (every parsed file is checked).
 */
final class UnitFileChecks {
  private Problems problems;
  /** Whether section names and keys are checked (the parser checks them as it reads). */
  private final boolean names;

  private UnitFileChecks(boolean names) {
    this.names = names;
  }

  /**
   * Checks a file's content.
   *
   * @param sections its sections
   * @param fileComments its comments outside sections
   * @param names whether section names and keys are checked too, not only values and comments
   */
  static void check(List<Section> sections, List<UnitComment> fileComments, boolean names) {
    UnitFileChecks c = new UnitFileChecks(names);
    for (int i = 0; i < fileComments.size(); i++) { // indexed: no iterator for each of many files
      c.comment(fileComments.get(i), null);
    }
    for (int k = 0; k < sections.size(); k++) {
      Section s = sections.get(k);
      List<UnitComment> comments = s.comments();
      for (int i = 0; i < comments.size(); i++) {
        c.comment(comments.get(i), s);
      }
      String nameProblem = names ? UnitSyntax.sectionNameProblem(s.name()) : null;
      if (nameProblem != null) {
        c.add(at(s), nameProblem);
      }
      List<UnitLine> lines = s.lines();
      for (int i = 0; i < lines.size(); i++) { // indexed: no iterator for each of many files
        UnitLine line = lines.get(i);
        if (line instanceof Entry e) {
          c.entry(s, e);
        } else {
          c.comment((UnitComment) line, s);
        }
      }
    }
    if (c.problems != null) {
      c.problems.throwIfAny();
    }
  }

  /** The section's location, or the file's comments' when there is no section. */
  private static Location at(Section s) {
    if (s == null) {
      return Location.of("comment");
    }
    return Location.of(s.name().isBlank() ? "[" + s.name() + "]" : s.name());
  }

  private void add(Location at, String problem) {
    if (problems == null) {
      problems = new Problems();
    }
    problems.add(at, problem);
  }

  private void entry(Section s, Entry e) {
    String keyProblem = names ? UnitSyntax.keyProblem(e.key()) : null;
    String valueProblem = UnitSyntax.valueProblem(e.value());
    boolean header =
        keyProblem == null
            && e.key().charAt(0) == '['
            && UnitSyntax.isGroupLine(e.key() + "=" + e.value());
    if (keyProblem == null && valueProblem == null && !header) {
      return; // the location is built only for a problem: the common path stays cheap
    }
    Location k = at(s).child(e.key()).index(s.occurrence(e));
    if (keyProblem != null) {
      add(k, keyProblem);
    }
    if (valueProblem != null) {
      add(k, valueProblem);
    }
    if (header) {
      add(k, "the line would be read as a section header");
    }
  }

  private void comment(UnitComment c, Section s) {
    String problem = UnitSyntax.commentProblem(c.text());
    if (problem != null) {
      add(at(s), problem);
    }
  }
}
