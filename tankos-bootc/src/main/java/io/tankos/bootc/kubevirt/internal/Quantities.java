package io.tankos.bootc.kubevirt.internal;

import io.tankos.core.text.Shown;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.Set;

/**
 * Kubernetes resource quantities as the API server parses them ({@code resource.ParseQuantity}): a
 * number with an optional sign and decimal point, then a binary suffix ({@code Ki} to {@code Ei}),
 * a decimal one ({@code n}, {@code u}, {@code m}, {@code k}, {@code M} to {@code E}) or an
 * exponent ({@code e3}, {@code E-2}). A value outside that grammar is refused by the API server
 * when the manifest is applied; here it is refused with its field's location.
 */
public final class Quantities {
  private static final Set<String> SUFFIXES =
      Set.of("", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "n", "u", "m", "k", "M", "G", "T", "P", "E");
  private static final int MAX_LENGTH = 64;

  private Quantities() {}

  /**
   * Records a problem when the value is not a quantity, or is negative.
   *
   * @param problems the collector
   * @param at the field's location
   * @param value the value
   */
  public static void checkSize(Problems problems, Location at, String value) {
    if (!isQuantity(value)) {
      problems.add(at, "'" + Shown.value(value, 80) + "' is not a Kubernetes quantity (e.g. 4Gi, 512Mi, 500m, 1e9)");
    } else if (value.startsWith("-")) {
      problems.add(at, "'" + Shown.value(value, 80) + "' is negative");
    }
  }

  /** Whether the value parses as a quantity. */
  static boolean isQuantity(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    int i = value.charAt(0) == '+' || value.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return false;
    }
    String suffix = value.substring(i);
    return SUFFIXES.contains(suffix) || exponent(suffix);
  }

  /** {@code [eE][+-]?[0-9]+}. */
  private static boolean exponent(String s) {
    if (s.length() < 2 || s.charAt(0) != 'e' && s.charAt(0) != 'E') {
      return false;
    }
    int i = s.charAt(1) == '+' || s.charAt(1) == '-' ? 2 : 1;
    if (i == s.length()) {
      return false;
    }
    for (; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
