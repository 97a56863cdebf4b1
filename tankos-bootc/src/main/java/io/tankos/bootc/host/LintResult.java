package io.tankos.bootc.host;

import java.util.List;

/**
 * The outcome of {@code bootc container lint}.
 *
 * @param passed whether bootc exited 0
 * @param exitCode bootc's exit code
 * @param output stdout then stderr lines, as printed
 */
public record LintResult(boolean passed, int exitCode, List<String> output) {

  /**
   * Copies the output.
   *
   * @param passed whether the lint passed
   * @param exitCode the exit code
   * @param output the lines
   */
  public LintResult {
    output = List.copyOf(output);
  }

  /**
   * The lines that report a warning ({@code Lint warning: …}).
   *
   * @return the warning lines
   */
  public List<String> warnings() {
    return output.stream().filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("warning")).toList();
  }
}
