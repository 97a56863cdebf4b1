package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * {@code CMD}: the default command or default arguments.
 *
 * <pre>{@code
 * new Cmd(CommandForm.exec("--help"));
 * }</pre>
 *
 * @param command the command
 */
public record Cmd(CommandForm command) implements Instruction {

  /**
   * Checks the value.
   *
   * @param command the command
   */
  public Cmd {
    Objects.requireNonNull(command, "command");
  }

  @Override
  public String keyword() {
    return "CMD";
  }
}
