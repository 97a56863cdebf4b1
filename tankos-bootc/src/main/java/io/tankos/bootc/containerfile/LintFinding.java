package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * One finding of {@link BootcLint}.
 *
 * @param location where, e.g. {@code stage[0].RUN[2]}
 * @param line the one-based source line of the instruction, or 0 when not parsed from text
 * @param severity how bad
 * @param rule a short rule name, e.g. {@code missing-lint}
 * @param message what is wrong (never a secret value)
 */
public record LintFinding(String location, int line, Severity severity, String rule, String message) {

  /** How bad a finding is. */
  public enum Severity {
    /** The image will not work as intended. */
    ERROR,
    /** Probably wrong. */
    WARNING
  }

  /**
   * Checks the components.
   *
   * @param location where
   * @param line the source line or 0
   * @param severity how bad
   * @param rule the rule name
   * @param message what is wrong
   */
  public LintFinding {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + " [" + rule + "]";
  }
}
