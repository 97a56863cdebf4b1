package io.tankos.bootc.fleet.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One host as a host-list file gives it, before its values are checked: the line it starts on,
 * each field with its line and value (a {@code String}, a {@code List<String>} or a {@code
 * Map<String, String>}), and the problems the reader found (a field of the wrong type, a CSV
 * record with the wrong number of fields), each with its line.
 *
 * @param line the line the host starts on
 * @param fields field name to value, in file order
 * @param problems problems found while reading, empty when the host read cleanly
 */
public record RawHost(int line, Map<String, Field> fields, List<LineProblem> problems) {

  /**
   * Takes the fields without a copy (a reader makes the map for this host and keeps no reference to
   * it) and copies the problems.
   *
   * @param line the line the host starts on
   * @param fields the fields, which the caller gives up
   * @param problems the problems
   */
  public RawHost {
    fields = Collections.unmodifiableMap(fields);
    problems = List.copyOf(problems);
  }

  /**
   * A field's value and line.
   *
   * @param line the line of the field (its name, in YAML and JSON)
   * @param value a {@code String}, {@code List<String>} or {@code Map<String, String>}
   */
  public record Field(int line, Object value) {}

  /**
   * A problem at a line.
   *
   * @param line the line
   * @param message what is wrong
   */
  public record LineProblem(int line, String message) {}
}
