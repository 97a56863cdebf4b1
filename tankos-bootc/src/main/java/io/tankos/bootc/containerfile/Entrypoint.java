package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * {@code ENTRYPOINT}: exec form (recommended) or shell form.
 *
 * <pre>{@code
 * new Entrypoint(CommandForm.exec("/usr/bin/app", "--serve"));
 * }</pre>
 *
 * @param command the command
 */
public record Entrypoint(CommandForm command) implements Instruction {

  /**
   * Checks the value.
   *
   * @param command the command
   */
  public Entrypoint {
    Objects.requireNonNull(command, "command");
  }

  @Override
  public String keyword() {
    return "ENTRYPOINT";
  }
}
