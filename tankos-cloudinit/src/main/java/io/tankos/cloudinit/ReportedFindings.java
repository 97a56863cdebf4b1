package io.tankos.cloudinit;

import io.tankos.core.text.Utf8;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings as cloud-init 25.1 reports them: its {@code SchemaValidationError} keeps each
 * (path, message) pair once and sorts the pairs ({@code sorted(set(problems))}), so a key that two
 * modules' schemas both type ({@code hostname: 5}) has one error, not two, and the order is
 * Python's order of the path strings, then of the messages (by code point: {@code users.10} before
 * {@code users.2}). 22.4 reports every finding, sorted by path only (one path's in the order found).
 */
final class ReportedFindings {
  private ReportedFindings() {}

  /**
   * The findings each (path, message) once, sorted; of repeats, the first found is kept.
   *
   * @param findings the findings in walk order
   * @return the reported findings
   */
  static List<SchemaFinding> of25(List<SchemaFinding> findings) {
    if (findings.size() < 2) {
      return findings;
    }
    List<SchemaFinding> sorted = new ArrayList<>(findings);
    sorted.sort((a, b) -> { // stable: the first of equal pairs stays first
      int c = Utf8.compareCodePoints(a.path(), b.path());
      return c != 0 ? c : Utf8.compareCodePoints(a.message(), b.message());
    });
    List<SchemaFinding> out = new ArrayList<>(sorted.size());
    SchemaFinding last = null;
    for (SchemaFinding f : sorted) {
      if (last == null || !last.path().equals(f.path()) || !last.message().equals(f.message())) {
        out.add(f);
        last = f;
      }
    }
    return out;
  }
}
