package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * {@code MAINTAINER name} (deprecated; prefer a label). Not expanded.
 *
 * <pre>{@code
 * new Maintainer("someone@example.com");
 * }</pre>
 *
 * @param name the text
 */
public record Maintainer(String name) implements Instruction {

  /**
   * Checks the value.
   *
   * @param name the text
   */
  public Maintainer {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String keyword() {
    return "MAINTAINER";
  }
}
