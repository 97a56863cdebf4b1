package io.tankos.bootc.image.internal;

import java.util.regex.Pattern;

/** The names the scripts derive from their inputs, and the shapes the inputs must have. */
final class ScriptNames {
  /** Instance, container, user and secret names. */
  static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

  /** Environment variable names. */
  static final Pattern ENV_VAR = Pattern.compile("[A-Z_][A-Z0-9_]*");

  /** One segment of a path: no spaces, quotes or shell metacharacters. */
  static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9_.@+-]+");

  /** The longest name accepted (Podman's secret name limit). */
  static final int MAX_NAME = 253;

  /** The suffix of a container Quadlet. */
  static final String CONTAINER_SUFFIX = ".container";

  private ScriptNames() {}

  /**
   * The service Quadlet generates for a container unit: {@code work.container} → {@code
   * work.service}.
   *
   * @param quadletName a {@code .container} file name
   * @return the service's name
   */
  static String serviceOf(String quadletName) {
    return baseOf(quadletName) + ".service";
  }

  /**
   * A Quadlet file name without {@code .container}.
   *
   * @param quadletName a {@code .container} file name
   * @return its base name
   */
  static String baseOf(String quadletName) {
    return quadletName.endsWith(CONTAINER_SUFFIX)
        ? quadletName.substring(0, quadletName.length() - CONTAINER_SUFFIX.length())
        : quadletName;
  }

  /**
   * Service-gator's configuration directory, relative to the home: {@code .config/BASE}.
   *
   * @param gatorQuadletName service-gator's Quadlet file name
   * @return the directory
   */
  static String gatorConfigDirectory(String gatorQuadletName) {
    return ".config/" + baseOf(gatorQuadletName);
  }
}
