package io.tankos.quadlet.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two generated services "modulo flag order": the generator converts some groups of keys
 * by iterating a Go map, so two runs on the same input may print {@code podman} options in a
 * different order. Comments and blank lines are ignored; every other line must match in order,
 * except that in {@code Exec*=} lines (split into words) the differing middle part of the word list
 * (between the longest common prefix and the longest common suffix) only has to hold the same words
 * as a multiset. The image and the command after it stay at the end of the list, so they are
 * compared in order as part of the common suffix unless options around them differ as well.
 *
 * <pre>{@code
 * List<String> diff = ServiceComparison.differences(original, rerendered);
 * assertThat(diff).isEmpty();
 * }</pre>
 */
final class ServiceComparison {
  private ServiceComparison() {}

  /**
   * The differences between two services.
   *
   * @param expected the service generated from the original units
   * @param actual the service generated from the re-rendered units
   * @return human-readable differences; empty when equivalent
   */
  static List<String> differences(String expected, String actual) {
    List<String> a = significantLines(expected);
    List<String> b = significantLines(actual);
    List<String> out = new ArrayList<>();
    int n = Math.max(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      String x = i < a.size() ? a.get(i) : "<none>";
      String y = i < b.size() ? b.get(i) : "<none>";
      if (!x.equals(y) && !sameExecModuloFlagOrder(x, y)) {
        out.add("line " + (i + 1) + ": expected " + x + "\n          but got " + y);
        if (out.size() >= 5) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * The differences systemd would see: sections compared by name in any order, {@code [X-…]}
   * sections left out (systemd ignores them; the generator puts its copy of the source unit there),
   * lines within a section compared in order as in {@link #differences(String, String)}.
   *
   * @param expected the service generated from the original units
   * @param actual the service generated from the re-rendered units
   * @return human-readable differences; empty when equivalent
   */
  static List<String> systemdDifferences(String expected, String actual) {
    Map<String, String> a = sectionsSystemdReads(expected);
    Map<String, String> b = sectionsSystemdReads(actual);
    List<String> out = new ArrayList<>();
    if (!a.keySet().equals(b.keySet())) {
      out.add("sections " + a.keySet() + " but got " + b.keySet());
    }
    a.forEach(
        (name, text) -> {
          if (b.containsKey(name)) {
            differences(text, b.get(name)).forEach(d -> out.add("[" + name + "] " + d));
          }
        });
    return out;
  }

  private static Map<String, String> sectionsSystemdReads(String service) {
    Map<String, StringBuilder> sections = new java.util.LinkedHashMap<>();
    StringBuilder current = null;
    for (String line : service.split("\n")) {
      String t = line.trim();
      if (t.startsWith("[") && t.endsWith("]")) {
        String name = t.substring(1, t.length() - 1);
        current = name.startsWith("X-") ? null : sections.computeIfAbsent(name, n -> new StringBuilder());
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    Map<String, String> out = new java.util.TreeMap<>();
    sections.forEach((k, v) -> out.put(k, v.toString()));
    return out;
  }

  /**
   * Compares maps of services by name.
   *
   * @param expected services from the original units
   * @param actual services from the re-rendered units
   * @return differences, each naming the service
   */
  static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
    return differences(expected, actual, false);
  }

  /**
   * Compares maps of services by name.
   *
   * @param expected services from the original units
   * @param actual services from the re-rendered units
   * @param systemdView compare as {@link #systemdDifferences} instead of line by line
   * @return differences, each naming the service
   */
  static List<String> differences(
      Map<String, String> expected, Map<String, String> actual, boolean systemdView) {
    List<String> out = new ArrayList<>();
    if (!expected.keySet().equals(actual.keySet())) {
      out.add("services " + expected.keySet() + " but got " + actual.keySet());
    }
    expected.forEach(
        (name, text) -> {
          String other = actual.get(name);
          if (other != null) {
            (systemdView ? systemdDifferences(text, other) : differences(text, other))
                .forEach(d -> out.add(name + " " + d));
          }
        });
    return out;
  }

  private static List<String> significantLines(String service) {
    List<String> lines = new ArrayList<>();
    for (String line : service.split("\n")) {
      String t = line.trim();
      if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith(";")) {
        lines.add(t);
      }
    }
    return lines;
  }

  private static boolean sameExecModuloFlagOrder(String x, String y) {
    int ex = x.indexOf('=');
    int ey = y.indexOf('=');
    if (ex < 0 || ey < 0 || !x.startsWith("Exec") || !x.substring(0, ex).equals(y.substring(0, ey))) {
      return false;
    }
    CommandLineWords.Split sx = CommandLineWords.split(x.substring(ex + 1));
    CommandLineWords.Split sy = CommandLineWords.split(y.substring(ey + 1));
    return sx.ok() && sy.ok() && sameModuloMiddleOrder(sx.words(), sy.words());
  }

  /** Equal common prefix and suffix, and the same multiset of words in between. */
  static boolean sameModuloMiddleOrder(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    int start = 0;
    while (start < a.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int end = a.size();
    while (end > start && a.get(end - 1).equals(b.get(end - 1))) {
      end--;
    }
    Map<String, Integer> count = new HashMap<>();
    for (int i = start; i < end; i++) {
      count.merge(a.get(i), 1, Integer::sum);
      count.merge(b.get(i), -1, Integer::sum);
    }
    return count.values().stream().allMatch(v -> v == 0);
  }
}
