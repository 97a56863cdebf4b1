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
    if (NAME.matcher(name).matches()) {
      return null;
    }
    return "podman refuses the name '" + name + "': names must match " + RULE;
  }
}
