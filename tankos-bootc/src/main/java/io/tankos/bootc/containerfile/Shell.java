package io.tankos.bootc.containerfile;

import java.util.List;

/**
 * {@code SHELL ["exe", "param"...]}: the shell for shell-form commands; always the JSON form.
 *
 * <pre>{@code
 * new Shell(List.of("/bin/bash", "-o", "pipefail", "-c"));
 * }</pre>
 *
 * @param argv the shell and its arguments
 */
public record Shell(List<String> argv) implements Instruction {

  /**
   * Copies the argv.
   *
   * @param argv the shell argv
   */
  public Shell {
    argv = List.copyOf(argv);
  }

  @Override
  public String keyword() {
    return "SHELL";
  }
}
