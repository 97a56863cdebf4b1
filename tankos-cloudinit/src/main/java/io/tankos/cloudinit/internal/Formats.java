package io.tankos.cloudinit.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The string formats cloud-init's validator checks (its Python {@code jsonschema} format checker
 * with the modules Debian installs): {@code uri} (RFC 3986 URI: a scheme, then URI characters,
 * percent escapes well formed) and {@code date} ({@code YYYY-MM-DD}, a real date). Other formats of
 * the schemas ({@code hostname}) are not checked by cloud-init and pass. The URI's repeated groups
 * are possessive: Java's regex recurses once per repetition of a greedy group (a long URL overflowed
 * the stack), and no character a repetition takes could start what follows it.
 */
final class Formats {
  private static final Pattern URI = Pattern.compile(
      "[A-Za-z][A-Za-z0-9+.\\-]*+:(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?\\[\\]]|%[0-9A-Fa-f]{2})*+"
          + "(?:#(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Formats() {}

  static boolean conforms(String format, String value) {
    return switch (format) {
      case "uri" -> ReusedMatchers.matches(URI, value, 0, value.length()) && brackets(value);
      case "date" -> date(value);
      default -> true;
    };
  }

  /** Square brackets only around an IP literal host: {@code scheme://[...]}. */
  private static boolean brackets(String v) {
    int open = v.indexOf('[');
    int close = v.indexOf(']');
    if (open < 0 && close < 0) {
      return true;
    }
    int authority = v.indexOf("://");
    if (authority < 0 || open < 0 || close < open) {
      return false;
    }
    int at = v.indexOf('@', authority + 3);
    int host = at >= 0 && at < open ? at + 1 : authority + 3;
    return open == host && v.indexOf('[', open + 1) < 0 && v.indexOf(']', close + 1) < 0;
  }

  private static boolean date(String v) {
    if (!ReusedMatchers.matches(DATE, v, 0, v.length())) {
      return false;
    }
    try {
      LocalDate.parse(v);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
