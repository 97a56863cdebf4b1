package io.tankos.core.unit;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.List;

/**
 * The checks {@link UnitFile.Builder#build()} runs: every section name, key, value and comment must
 * be writable so that the parser reads it back unchanged. Problems are located like
 * {@code Container.PublishPort[2]} (the third {@code PublishPort=} of {@code [Container]}).
 */
final class UnitFileChecks {
  private UnitFileChecks() {}

  static void check(List<Section> sections, List<UnitComment> fileComments) {
    Problems problems = new Problems();
    for (UnitComment c : fileComments) {
      comment(c, Location.of("comment"), problems);
    }
    for (Section s : sections) {
      Location at = Location.of(s.name().isBlank() ? "[" + s.name() + "]" : s.name());
      for (UnitComment c : s.comments()) {
        comment(c, at, problems);
      }
      String nameProblem = UnitSyntax.sectionNameProblem(s.name());
      if (nameProblem != null) {
        problems.add(at, nameProblem);
      }
      for (UnitLine line : s.lines()) {
        if (line instanceof Entry e) {
          entry(s, e, at, problems);
        } else {
          comment((UnitComment) line, at, problems);
        }
      }
    }
    problems.throwIfAny();
  }

  private static void entry(Section s, Entry e, Location section, Problems problems) {
    String keyProblem = UnitSyntax.keyProblem(e.key());
    String valueProblem = UnitSyntax.valueProblem(e.value());
    boolean header =
        keyProblem == null
            && e.key().charAt(0) == '['
            && UnitSyntax.isGroupLine(e.key() + "=" + e.value());
    if (keyProblem == null && valueProblem == null && !header) {
      return; // the location is built only for a problem: the common path stays cheap
    }
    Location k = section.child(e.key()).index(s.occurrence(e));
    if (keyProblem != null) {
      problems.add(k, keyProblem);
    }
    if (valueProblem != null) {
      problems.add(k, valueProblem);
    }
    if (header) {
      problems.add(k, "the line would be read as a section header");
    }
  }

  private static void comment(UnitComment c, Location at, Problems problems) {
    String problem = UnitSyntax.commentProblem(c.text());
    if (problem != null) {
      problems.add(at, problem);
    }
  }
}
