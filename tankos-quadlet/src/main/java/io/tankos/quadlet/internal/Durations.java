package io.tankos.quadlet.internal;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Durations: writes a {@link Duration} in the syntax both Go's {@code time.ParseDuration} (Podman's
 * duration options) and systemd (its time spans) read, and checks text a caller wrote in Go's syntax.
 * systemd's own time-span grammar is {@link io.tankos.core.unit.TimeSpans}.
 */
public final class Durations {
  private static final String NUMBER = "(?:\\d+(?:\\.\\d*)?|\\.\\d+)";
  private static final Pattern GO =
      Pattern.compile("[-+]?(?:0|(?:" + NUMBER + "(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))++)");

  private Durations() {}

  /**
   * Formats a duration as {@code 1h2m3s}, {@code 500ms}, {@code 0s}; a negative one with a leading
   * {@code -} (which the checks then refuse).
   *
   * @param d the duration
   * @return the text
   */
  public static String format(Duration d) {
    if (d.isNegative()) {
      return "-" + format(d.negated());
    }
    if (d.isZero()) {
      return "0s";
    }
    long total = d.getSeconds();
    long nanos = d.getNano();
    StringBuilder out = new StringBuilder();
    append(out, total / 3600, "h");
    append(out, (total % 3600) / 60, "m");
    append(out, total % 60, "s");
    append(out, nanos / 1_000_000, "ms");
    append(out, (nanos / 1_000) % 1_000, "us");
    append(out, nanos % 1_000, "ns");
    return out.toString();
  }

  private static void append(StringBuilder out, long n, String unit) {
    if (n > 0) {
      out.append(n).append(unit);
    }
  }

  /**
   * Why text is not a non-negative Go duration ({@code 30s}, {@code 1m30s}, {@code 0}), or null.
   *
   * @param text the text
   * @return the reason or null
   */
  public static String goProblem(String text) {
    if (!GO.matcher(text).matches()) {
      return "'" + text + "' is not a duration Podman reads (a number and a unit: 30s, 1m30s, 500ms)";
    }
    return text.startsWith("-") ? "duration must not be negative" : null;
  }
}
