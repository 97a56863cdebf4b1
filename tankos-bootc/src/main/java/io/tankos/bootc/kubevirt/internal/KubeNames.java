package io.tankos.bootc.kubevirt.internal;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.regex.Pattern;

/** Kubernetes name rules (RFC 1123 labels) checked with the field's location. */
public final class KubeNames {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  private KubeNames() {}

  /**
   * Whether a name is a DNS-1123 label: at most 63 lower-case letters, digits and {@code -}, starting
   * and ending with a letter or digit.
   *
   * @param name the name
   * @return true when it is one
   */
  public static boolean isLabel(String name) {
    return name.length() <= 63 && LABEL.matcher(name).matches();
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
}
