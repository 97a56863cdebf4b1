package io.tankos.bootc.containerfile;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parser directive at the very top of the file: {@code # syntax=docker/dockerfile:1},
 * {@code # escape=`} or {@code # check=skip=JSONArgsRecommended}.
 *
 * @param name {@code syntax}, {@code escape} or {@code check} (lower case)
 * @param value the value, case kept
 */
public record Directive(String name, String value) {
  private static final Pattern VALUE = Pattern.compile("\\S(.*\\S)?");

  /**
   * Checks the directive.
   *
   * @param name the directive name
   * @param value the value
   */
  public Directive {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    name = name.toLowerCase(Locale.ROOT);
    if (!name.equals("syntax") && !name.equals("escape") && !name.equals("check")) {
      throw new IllegalArgumentException("unknown parser directive " + name + " (syntax, escape or check)");
    }
    if (!VALUE.matcher(value).matches() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "directive " + name + ": the value must be one line without leading or trailing blanks");
    }
    if (name.equals("escape") && !value.equals("\\") && !value.equals("`")) {
      throw new IllegalArgumentException("invalid escape token '" + value + "' does not match ` or \\");
    }
  }
}
