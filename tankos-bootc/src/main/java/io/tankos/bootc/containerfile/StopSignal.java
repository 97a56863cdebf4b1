package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * {@code STOPSIGNAL signal}; bootc images use {@code SIGRTMIN+3}.
 *
 * <pre>{@code
 * new StopSignal(Word.literal("SIGRTMIN+3"));
 * }</pre>
 *
 * @param signal the signal name or number
 */
public record StopSignal(Word signal) implements Instruction {

  /**
   * Checks the value.
   *
   * @param signal the signal name or number
   */
  public StopSignal {
    Objects.requireNonNull(signal, "signal");
  }

  @Override
  public String keyword() {
    return "STOPSIGNAL";
  }
}
