package io.tankos.bootc.kubevirt.internal;

import java.util.Set;

/**
 * Which map keys Jackson's YAML generator double-quotes whatever the emitter would allow: the
 * rule {@link KubeYamlWriter} follows besides the emitter's own analysis ({@link
 * io.tankos.cloudinit.internal.EmitterAnalysis}).
 */
final class JacksonNames {
  /** Names Jackson quotes as reserved words (besides any name starting with a tilde). */
  private static final Set<String> RESERVED =
      Set.of(
          "false", "False", "FALSE", "n", "N", "no", "No", "NO", "null", "Null", "NULL", "on", "On",
          "ON", "off", "Off", "OFF", "true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES");

  private JacksonNames() {}

  /**
   * Whether Jackson asks for a double-quoted key: a reserved word, a leading tilde, a leading digit,
   * sign or dot, or a control character below U+0020.
   *
   * @param name a non-empty key
   * @return true when quoted
   */
  static boolean quoted(String name) {
    char first = name.charAt(0);
    if (first == '~' || (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.') {
      return true;
    }
    if ("fnotyFNOTY".indexOf(first) >= 0 && name.length() <= 5 && RESERVED.contains(name)) {
      return true;
    }
    for (int i = 0, n = name.length(); i < n; i++) {
      if (name.charAt(i) < 0x20) {
        return true;
      }
    }
    return false;
  }
}
