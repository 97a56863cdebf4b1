package io.tankos.bootc.containerfile;

import java.util.List;

/**
 * {@code EXPOSE port[/proto]...}.
 *
 * <pre>{@code
 * new Expose(List.of(Word.literal("8080/tcp")));
 * }</pre>
 *
 * @param ports the ports
 */
public record Expose(List<Word> ports) implements Instruction {

  /**
   * Copies the ports.
   *
   * @param ports the ports
   */
  public Expose {
    ports = List.copyOf(ports);
  }

  @Override
  public String keyword() {
    return "EXPOSE";
  }
}
