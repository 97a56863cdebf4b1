package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * {@code WORKDIR path}, expanded by the builder.
 *
 * <pre>{@code
 * new Workdir(Word.literal("/srv"));
 * }</pre>
 *
 * @param path the directory
 */
public record Workdir(Word path) implements Instruction {

  /**
   * Checks the value.
   *
   * @param path the directory
   */
  public Workdir {
    Objects.requireNonNull(path, "path");
  }

  @Override
  public String keyword() {
    return "WORKDIR";
  }
}
