package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * {@code ONBUILD instruction}: runs in builds that use this image as a base. Not allowed for
 * ONBUILD, FROM and MAINTAINER.
 *
 * <pre>{@code
 * new Onbuild(Run.shell("echo triggered"));
 * }</pre>
 *
 * @param instruction the triggered instruction
 */
public record Onbuild(Instruction instruction) implements Instruction {

  /**
   * Checks the instruction.
   *
   * @param instruction the triggered instruction
   */
  public Onbuild {
    Objects.requireNonNull(instruction, "instruction");
  }

  @Override
  public String keyword() {
    return "ONBUILD";
  }
}
