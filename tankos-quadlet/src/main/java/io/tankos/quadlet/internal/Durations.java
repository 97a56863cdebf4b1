package io.tankos.quadlet.internal;

import java.time.Duration;

/** Writes a {@link Duration} in the syntax both Go's {@code time.ParseDuration} and systemd read. */
public final class Durations {
  private Durations() {}

  /**
   * Formats a non-negative duration as {@code 1h2m3s}, {@code 500ms}, {@code 0s}.
   *
   * @param d the duration
   * @return the text, or null when it is negative
   */
  public static String format(Duration d) {
    if (d.isNegative()) {
      return null;
    }
    if (d.isZero()) {
      return "0s";
    }
    long total = d.getSeconds();
    long nanos = d.getNano();
    StringBuilder out = new StringBuilder();
    long h = total / 3600;
    long m = (total % 3600) / 60;
    long s = total % 60;
    if (h > 0) {
      out.append(h).append('h');
    }
    if (m > 0) {
      out.append(m).append('m');
    }
    if (s > 0) {
      out.append(s).append('s');
    }
    long ms = nanos / 1_000_000;
    long us = (nanos / 1_000) % 1_000;
    long ns = nanos % 1_000;
    if (ms > 0) {
      out.append(ms).append("ms");
    }
    if (us > 0) {
      out.append(us).append("us");
    }
    if (ns > 0) {
      out.append(ns).append("ns");
    }
    return out.toString();
  }
}
