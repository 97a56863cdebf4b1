package io.tankos.quadlet;

import java.util.regex.Pattern;

/** Podman's rule for the names of containers, pods, volumes and networks. */
final class PodmanNames {
  /** The rule, as podman states it. */
  static final String RULE = "[a-zA-Z0-9][a-zA-Z0-9_.-]*";

  private static final Pattern NAME = Pattern.compile(RULE);

  private PodmanNames() {}

  /**
   * Why podman refuses a name, or null.
   *
   * @param name the name (with any systemd specifier replaced by a letter)
   * @return the reason or null
   */
  static String problem(String name) {
    if (matches(name)) {
      return null;
    }
    return "podman refuses the name '" + name + "': names must match " + RULE;
  }

  /** Whether a name matches {@link #RULE}, read by hand (no matcher for each name). */
  static boolean matches(String name) {
    if (name.isEmpty() || !alnum(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!alnum(c) && c != '_' && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean alnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** The rule as a pattern, for tests that hold {@link #matches} to it. */
  static Pattern pattern() {
    return NAME;
  }
}
