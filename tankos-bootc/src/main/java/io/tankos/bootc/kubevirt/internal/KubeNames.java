package io.tankos.bootc.kubevirt.internal;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Map;

/** Kubernetes name rules (RFC 1123 labels) checked with the field's location. */
public final class KubeNames {
  private KubeNames() {}

  /**
   * Whether a name is a DNS-1123 label: at most 63 lower-case letters, digits and {@code -},
   * starting and ending with a letter or digit.
   *
   * @param name the name
   * @return true when it is one
   */
  public static boolean isLabel(String name) {
    // [a-z0-9]([-a-z0-9]*[a-z0-9])? read by hand (no matcher a name): compared with that pattern
    // in KubeNamesTest
    int n = name.length();
    if (n == 0 || n > 63 || name.charAt(0) == '-' || name.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Records a problem when a name is missing or not a DNS-1123 label.
   *
   * @param problems the collector
   * @param at the field's location
   * @param name the name, or null
   */
  public static void checkLabel(Problems problems, Location at, String name) {
    if (name == null) {
      problems.add(at, "is required");
    } else if (!isLabel(name)) {
      problems.add(
          at,
          "'"
              + name
              + "' is not a DNS-1123 label (at most 63 characters a-z, 0-9 and '-', starting and"
              + " ending with a letter or digit)");
    }
  }

  /**
   * Records a name at an index and a problem when an earlier element had the same name.
   *
   * @param problems the collector
   * @param at the later element's name location
   * @param seen names seen so far with their indexes (updated)
   * @param name the name
   * @param index the element's index
   * @param list how the earlier element is named in the message, e.g. {@code hosts}
   */
  public static void checkUnique(
      Problems problems,
      Location at,
      Map<String, Integer> seen,
      String name,
      int index,
      String list) {
    if (name == null) {
      return;
    }
    Integer before = seen.putIfAbsent(name, index);
    if (before != null) {
      problems.add(at, "'" + name + "' is already the name of " + list + "[" + before + "]");
    }
  }

  /**
   * Records a name that {@link #checkLabel} and {@link #checkUnique} find nothing wrong with (a
   * DNS-1123 label not seen before) as they would, without its location.
   *
   * @param seen the names so far and their indexes
   * @param name the name, or null
   * @param index its index
   * @return true when recorded; false when the caller makes the location and runs the checks
   */
  public static boolean recordGood(Map<String, Integer> seen, String name, int index) {
    if (name == null || !isLabel(name) || seen.containsKey(name)) {
      return false;
    }
    seen.put(name, index);
    return true;
  }
}
