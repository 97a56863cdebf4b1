package io.tankos.core.unit;

import io.tankos.core.text.AsciiDigits;
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
  /** Each unit before the units it starts with: a component's unit is its whole run of letters. */
  private static final String UNIT = "(?:usec|us|\u00b5s|\u03bcs|msec|ms|seconds?|sec|s|minutes?|min"
      + "|months?|m|hours?|hr|h|days?|d|weeks?|w|M|years?|y)";
  /**
   * Components: a number with a unit, or a bare number (seconds) followed by white space or end.
   * The repetition is possessive (Java's regex recursed once per component: "1s " 20,000 times
   * overflowed the stack); with the longest unit tried first, no component can be split another way.
   */
  private static final Pattern SYSTEMD = Pattern.compile(
      " *(?:infinity *|(?:" + NUMBER + "(?: *" + UNIT + "|(?= |$)) *)++)");

  private TimeSpans() {}

  /**
   * Why text is not a systemd time span, or null when systemd reads it.
   *
   * @param text the text as it will be written
   * @return the reason, or null
   */
  public static String problem(String text) {
    if (AsciiDigits.isNumber(text)) {
      return null; // a bare number of seconds, the usual span: no matcher
    }
    if (text.strip().startsWith("-")) {
      return "duration must not be negative";
    }
    if (text.isBlank() || !SYSTEMD.matcher(text).matches()) {
      return "'" + text + "' is not a systemd time span (900, 15min, 1h 30s, infinity)";
    }
    return null;
  }
}
