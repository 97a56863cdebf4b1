package io.tankos.quadlet;

import io.tankos.core.unit.ExecWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The comma-separated {@code key=value} fields of a {@code Mount=} line, as Quadlet splits them. */
final class MountFields {
  private MountFields() {}

  /**
   * The fields of one {@code Mount=} line in order; a field without {@code =} has an empty value.
   *
   * @param line the line's value
   * @return the fields, empty when the line cannot be split into words
   */
  static Optional<List<Map.Entry<String, String>>> of(String line) {
    List<String> words;
    try {
      words = ExecWords.split(line);
    } catch (ExecWords.SplitException e) {
      return Optional.empty();
    }
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String w : words) {
      int start = 0;
      while (true) { // Go's strings.Split(w, ","): an empty part is a field too
        int comma = w.indexOf(',', start);
        int end = comma < 0 ? w.length() : comma;
        int eq = start;
        while (eq < end && w.charAt(eq) != '=') { // not past the field: linear in the word
          eq++;
        }
        boolean hasValue = eq < end;
        out.add(Map.entry(w.substring(start, hasValue ? eq : end), hasValue ? w.substring(eq + 1, end) : ""));
        if (comma < 0) {
          break;
        }
        start = comma + 1;
      }
    }
    return Optional.of(out);
  }
}
