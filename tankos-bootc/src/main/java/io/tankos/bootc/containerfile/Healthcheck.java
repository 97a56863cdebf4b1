package io.tankos.bootc.containerfile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code HEALTHCHECK [--interval=..] [--timeout=..] [--start-period=..] [--start-interval=..]
 * [--retries=..] CMD command} or {@code HEALTHCHECK NONE}.
 *
 * <pre>{@code
 * Healthcheck.builder(CommandForm.shell("curl -f http://localhost/ || exit 1")).interval(Duration.ofMinutes(5)).build();
 * Healthcheck.none();
 * }</pre>
 */
public final class Healthcheck implements Instruction {
  private final List<Flag> flags;
  private final CommandForm command;

  private Healthcheck(List<Flag> flags, CommandForm command) {
    this.flags = List.copyOf(flags);
    this.command = command;
  }

  /**
   * {@code HEALTHCHECK NONE}.
   *
   * @return the instruction
   */
  public static Healthcheck none() {
    return new Healthcheck(List.of(), null);
  }

  /**
   * A builder for {@code HEALTHCHECK ... CMD command}.
   *
   * @param command the check
   * @return the builder
   */
  public static Builder builder(CommandForm command) {
    return new Builder(Objects.requireNonNull(command, "command"));
  }

  /**
   * The flags, in order.
   *
   * @return the flags
   */
  public List<Flag> flags() {
    return flags;
  }

  /**
   * The check command; empty for {@code NONE}.
   *
   * @return the command
   */
  public Optional<CommandForm> command() {
    return Optional.ofNullable(command);
  }

  @Override
  public String keyword() {
    return "HEALTHCHECK";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Healthcheck h && h.flags.equals(flags) && Objects.equals(h.command, command);
  }

  @Override
  public int hashCode() {
    return Objects.hash(flags, command);
  }

  @Override
  public String toString() {
    return ContainerfileWriter.instructionText(this, '\\');
  }

  /** Builds a {@link Healthcheck}. */
  public static final class Builder {
    private final CommandForm command;
    private final List<Flag> flags = new ArrayList<>();

    private Builder(CommandForm command) {
      this.command = command;
    }

    /**
     * {@code --interval}.
     *
     * @param d at least 1 ms, whole milliseconds
     * @return this builder
     */
    public Builder interval(Duration d) {
      return duration("interval", d);
    }

    /**
     * {@code --timeout}.
     *
     * @param d at least 1 ms, whole milliseconds
     * @return this builder
     */
    public Builder timeout(Duration d) {
      return duration("timeout", d);
    }

    /**
     * {@code --start-period}.
     *
     * @param d at least 1 ms, whole milliseconds
     * @return this builder
     */
    public Builder startPeriod(Duration d) {
      return duration("start-period", d);
    }

    /**
     * {@code --start-interval}.
     *
     * @param d at least 1 ms, whole milliseconds
     * @return this builder
     */
    public Builder startInterval(Duration d) {
      return duration("start-interval", d);
    }

    /**
     * {@code --retries}.
     *
     * @param retries zero or more
     * @return this builder
     */
    public Builder retries(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("retries must be >= 0: " + retries);
      }
      flags.add(Flag.of("retries", Integer.toString(retries)));
      return this;
    }

    private Builder duration(String name, Duration d) {
      if (d.isNegative() || d.isZero() || d.toNanos() % 1_000_000 != 0) {
        throw new IllegalArgumentException(name + " must be a positive whole number of milliseconds: " + d);
      }
      long ms = d.toMillis();
      flags.add(Flag.of(name, ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms"));
      return this;
    }

    /**
     * Builds the instruction.
     *
     * @return the instruction
     */
    public Healthcheck build() {
      return new Healthcheck(flags, command);
    }

    static Healthcheck parsed(List<Flag> flags, CommandForm command) {
      return new Healthcheck(flags, command);
    }
  }
}
