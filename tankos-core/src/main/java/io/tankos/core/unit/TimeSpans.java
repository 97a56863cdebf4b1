package io.tankos.core.unit;

import java.util.regex.Pattern;

/**
 * systemd's time-span grammar ({@code parse_sec}): numbers with optional fractions and units, with or
 * without spaces between the parts ({@code 900}, {@code 15min}, {@code 1h 30s}, {@code 2.5s}), or
 * {@code infinity}. A value that passes is written exactly as given, so {@code 900} stays {@code 900}.
 *
 * <pre>{@code
 * TimeSpans.problem("1h 30s");   // null: systemd reads it
 * TimeSpans.problem("5 parsecs"); // the reason it does not
 * }</pre>
 */
public final class TimeSpans {
  private static final String NUMBER = "(?:\\+?\\d+(?:\\.\\d+)?|\\.\\d+)";
  private static final String UNIT = "(?:usec|us|\u00b5s|\u03bcs|msec|ms|seconds?|sec|s|minutes?|min|m"
      + "|hours?|hr|h|days?|d|weeks?|w|months?|M|years?|y)";
  /** Components: a number with a unit, or a bare number (seconds) followed by white space or end. */
  private static final Pattern SYSTEMD = Pattern.compile(
      " *(?:infinity *|(?:" + NUMBER + "(?: *" + UNIT + "|(?= |$)) *)+)");

  private TimeSpans() {}

  /**
   * Why text is not a systemd time span, or null when systemd reads it.
   *
   * @param text the text as it will be written
   * @return the reason, or null
   */
  public static String problem(String text) {
    if (text.strip().startsWith("-")) {
      return "duration must not be negative";
    }
    if (text.isBlank() || !SYSTEMD.matcher(text).matches()) {
      return "'" + text + "' is not a systemd time span (900, 15min, 1h 30s, infinity)";
    }
    return null;
  }
}
