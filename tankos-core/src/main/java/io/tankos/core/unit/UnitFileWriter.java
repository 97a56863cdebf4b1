package io.tankos.core.unit;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;

/** Renders a {@link UnitFile}; refuses text that the parser would read back differently. */
final class UnitFileWriter {
  private UnitFileWriter() {}

  static String render(UnitFile file) {
    Problems problems = new Problems();
    StringBuilder out = new StringBuilder();
    for (UnitComment c : file.comments()) {
      comment(out, c, Location.of("comment"), problems);
    }
    boolean first = true;
    for (Section s : file.sections()) {
      Location at = Location.of(s.name().isBlank() ? "[" + s.name() + "]" : s.name());
      // the parser drops one blank line before each header (the writer's separator); a first
      // section whose comments begin with a blank line gets one too, so that the blank survives
      if (!first || (!s.comments().isEmpty() && s.comments().get(0).isBlank())) {
        out.append('\n');
      }
      first = false;
      for (UnitComment c : s.comments()) {
        comment(out, c, at, problems);
      }
      String nameProblem = UnitSyntax.sectionNameProblem(s.name());
      if (nameProblem != null) {
        problems.add(at, nameProblem);
      }
      out.append('[').append(s.name()).append("]\n");
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      for (UnitLine line : s.lines()) {
        if (line instanceof Entry e) {
          int nth = seen.merge(e.key(), 1, Integer::sum) - 1;
          String keyProblem = UnitSyntax.keyProblem(e.key());
          String valueProblem = UnitSyntax.valueProblem(e.value());
          boolean header =
              keyProblem == null
                  && e.key().charAt(0) == '['
                  && UnitSyntax.isGroupLine(e.key() + "=" + e.value());
          if (keyProblem != null || valueProblem != null || header) {
            Location k = at.child(e.key()).index(nth);
            for (String problem : new String[] {keyProblem, valueProblem}) {
              if (problem != null) {
                problems.add(k, problem);
              }
            }
            if (header) {
              problems.add(k, "the line would be read as a section header");
            }
          }
          out.append(e.key()).append('=').append(e.value()).append('\n');
        } else {
          comment(out, (UnitComment) line, at, problems);
        }
      }
    }
    problems.throwIfAny();
    return out.toString();
  }

  private static void comment(StringBuilder out, UnitComment c, Location at, Problems problems) {
    String problem = UnitSyntax.commentProblem(c.text());
    if (problem != null) {
      problems.add(at, problem);
    }
    out.append(c.text()).append('\n');
  }
}
