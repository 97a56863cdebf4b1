package io.tankos.core.unit;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;

/** Renders a {@link UnitFile}; refuses text that the parser would read back differently. */
final class UnitFileWriter {
  private UnitFileWriter() {}

  static String render(UnitFile file) {
    Problems problems = new Problems();
    StringBuilder out = new StringBuilder();
    for (Comment c : file.comments()) {
      comment(out, c, Location.of("comment"), problems);
    }
    boolean first = true;
    for (Section s : file.sections()) {
      Location at = Location.of(s.name().isBlank() ? "[" + s.name() + "]" : s.name());
      if (!first) {
        out.append('\n');
      }
      first = false;
      for (Comment c : s.comments()) {
        comment(out, c, at, problems);
      }
      String nameProblem = UnitSyntax.sectionNameProblem(s.name());
      if (nameProblem != null) {
        problems.add(at, nameProblem);
      }
      out.append('[').append(s.name()).append("]\n");
      int index = 0;
      for (UnitLine line : s.lines()) {
        if (line instanceof Entry e) {
          Location k = at.child(e.key()).index(index(s, e, index));
          String keyProblem = UnitSyntax.keyProblem(e.key());
          if (keyProblem != null) {
            problems.add(k, keyProblem);
          }
          String valueProblem = UnitSyntax.valueProblem(e.value());
          if (valueProblem != null) {
            problems.add(k, valueProblem);
          }
          if (keyProblem == null && UnitSyntax.isGroupLine(e.key() + "=" + e.value())) {
            problems.add(k, "the line would be read as a section header");
          }
          out.append(e.key()).append('=').append(e.value()).append('\n');
        } else {
          comment(out, (Comment) line, at, problems);
        }
        index++;
      }
    }
    problems.throwIfAny();
    return out.toString();
  }

  /** The index of an entry among the entries of the same key, for locations like {@code X.Key[1]}. */
  private static int index(Section s, Entry e, int position) {
    int n = 0;
    for (int i = 0; i < position; i++) {
      if (s.lines().get(i) instanceof Entry other && other.key().equals(e.key())) {
        n++;
      }
    }
    return n;
  }

  private static void comment(StringBuilder out, Comment c, Location at, Problems problems) {
    String problem = UnitSyntax.commentProblem(c.text());
    if (problem != null) {
      problems.add(at, problem);
    }
    out.append(c.text()).append('\n');
  }
}
