package io.tankos.bootc.kubevirt.internal;

import io.tankos.core.text.Shown;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;

/**
 * Kubernetes resource quantities as the API server parses them ({@code resource.ParseQuantity}): a
 * number with an optional sign and decimal point, then a binary suffix ({@code Ki} to {@code Ei}),
 * a decimal one ({@code n}, {@code u}, {@code m}, {@code k}, {@code M} to {@code E}) or an
 * exponent ({@code e3}, {@code E-2}). A value outside that grammar is refused by the API server
 * when the manifest is applied; here it is refused with its field's location.
 */
public final class Quantities {
  private static final String[] SUFFIXES =
      {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "n", "u", "m", "k", "M", "G", "T", "P", "E"};
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
    if (isSize(value)) {
      return;
    }
    if (!isQuantity(value)) {
      problems.add(at, "'" + Shown.value(value, 80) + "' is not a Kubernetes quantity (e.g. 4Gi, 512Mi, 500m, 1e9)");
    } else {
      problems.add(at, "'" + Shown.value(value, 80) + "' is negative");
    }
  }

  /**
   * Whether {@link #checkSize} finds nothing: the value is a quantity and not negative. A caller
   * makes the field's location only when it is not.
   *
   * @param value the value
   * @return true when the value is a size
   */
  public static boolean isSize(String value) {
    return isQuantity(value) && !value.startsWith("-");
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
    int rest = value.length() - i;
    for (String suffix : SUFFIXES) {
      if (suffix.length() == rest && value.endsWith(suffix)) {
        return true;
      }
    }
    return exponent(value, i);
  }

  /** Whether the value from {@code start} is {@code [eE][+-]?[0-9]+}. */
  private static boolean exponent(String s, int start) {
    if (s.length() - start < 2 || s.charAt(start) != 'e' && s.charAt(start) != 'E') {
      return false;
    }
    int i = s.charAt(start + 1) == '+' || s.charAt(start + 1) == '-' ? start + 2 : start + 1;
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
