package io.tankos.bootc.image;

import io.tankos.core.text.Shown;
import io.tankos.core.unit.TimeSpans;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.regex.Pattern;

/** The value rules the image model shares: names, paths, ports, variables and one-line texts. */
final class ImageChecks {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,47}");
  private static final Pattern USER_NAME = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
  private static final Pattern CONTAINER_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,127}");
  private static final Pattern ENV_VARIABLE = Pattern.compile("[A-Z_][A-Z0-9_]{0,127}");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  private static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9._+@-]+");
  private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@+-]{0,511}");

  private ImageChecks() {}

  /** An instance, service or unit base name: {@code [a-z][a-z0-9-]*}, at most 48 characters. */
  static void name(String value, Location at, Problems problems) {
    shape(NAME, value, at, problems, "a name of lower-case letters, digits and '-' starting with a letter"
        + " (at most 48 characters)");
  }

  /** A user or group name as {@code useradd} and {@code systemd-sysusers} accept it. */
  static void userName(String value, Location at, Problems problems) {
    shape(USER_NAME, value, at, problems, "a user name ([a-z_][a-z0-9_-]*, at most 32 characters)");
  }

  /** A container or secret name: Podman's rule in lower case (the image's scripts match names exactly). */
  static void containerName(String value, Location at, Problems problems) {
    shape(CONTAINER_NAME, value, at, problems, "a lower-case Podman name ([a-z0-9][a-z0-9_.-]*)");
  }

  /** An environment variable a container reads: upper case, as the image's scripts write it. */
  static void envVariable(String value, Location at, Problems problems) {
    shape(ENV_VARIABLE, value, at, problems, "an upper-case variable name ([A-Z_][A-Z0-9_]*)");
  }

  /** A build argument's name. */
  static void variable(String value, Location at, Problems problems) {
    shape(VARIABLE, value, at, problems, "a variable name ([A-Za-z_][A-Za-z0-9_]*)");
  }

  private static void shape(Pattern pattern, String value, Location at, Problems problems, String what) {
    if (!pattern.matcher(value).matches()) {
      problems.add(at, "'" + printable(value) + "' is not " + what);
    }
  }

  /** A TCP port. */
  static void port(int value, Location at, Problems problems) {
    if (value < 1 || value > 65535) {
      problems.add(at, "port " + value + " is not within 1..65535");
    }
  }

  /** A systemd time span such as {@code 5min} or {@code 1h 30min}. */
  static void timeSpan(String value, Location at, Problems problems) {
    String problem = value.codePoints().anyMatch(c -> c < 0x20 || c == 0x7f)
        ? "must not contain control characters" : TimeSpans.problem(value);
    if (problem != null) {
      problems.add(at, problem);
    }
  }

  /** A container or bootc image reference without blanks, quotes or {@code $}. */
  static void image(String value, Location at, Problems problems) {
    shape(IMAGE, value, at, problems, "an image reference such as quay.io/org/name:tag");
  }

  /**
   * A path relative to a home directory (state directory, env file): plain segments, no {@code .}
   * or {@code ..}, no leading or doubled {@code /}.
   */
  static void relativePath(String value, Location at, Problems problems) {
    if (!segments(value)) {
      problems.add(at, "'" + printable(value) + "' is not a relative path of plain segments"
          + " ([A-Za-z0-9._+@-], no '.' or '..', no leading '/')");
    }
  }

  /** An absolute path of plain segments. */
  static void absolutePath(String value, Location at, Problems problems) {
    if (!value.startsWith("/") || !segments(value.substring(1))) {
      problems.add(at, "'" + printable(value) + "' is not an absolute path of plain segments"
          + " ([A-Za-z0-9._+@-], no '.' or '..')");
    }
  }

  private static boolean segments(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (String s : value.split("/", -1)) {
      if (s.equals(".") || s.equals("..") || !PATH_SEGMENT.matcher(s).matches()) {
        return false;
      }
    }
    return true;
  }

  /** One line of text: not blank, no control characters. */
  static void line(String value, Location at, Problems problems) {
    if (value.isBlank() || value.codePoints().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      problems.add(at, "must be one line of text, not blank, without control characters");
    }
  }

  /** The value on one line and cut, for a message ({@link Shown}). */
  static String printable(String value) {
    return Shown.value(value, 80);
  }
}
