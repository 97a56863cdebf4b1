package io.tankos.core.exec;

import io.tankos.core.exec.internal.PosixShell;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a command ended: exit code, captured standard output (bounded by {@link
 * Command#maxStdoutBytes()}), the last lines of standard error (both redacted), and whether output
 * may be missing because a pipe was still held open (by a detached grandchild) when the runner
 * stopped waiting.
 *
 * <pre>{@code
 * CommandResult result = runner.run(Command.of("podman", "image", "exists", "tank-os:latest"));
 * boolean exists = result.exitCode() == 0;
 * }</pre>
 */
public final class CommandResult {
  private final List<String> argv;
  private final int exitCode;
  private final byte[] stdout;
  private final boolean stdoutTruncated;
  private final List<String> stderrTail;
  private final boolean possiblyTruncated;
  private final Duration duration;

  private CommandResult(Builder b) {
    this.argv = List.copyOf(b.argv);
    this.exitCode = b.exitCode;
    this.stdout = b.stdout; // the builder's own copy, never written to or handed out
    this.stdoutTruncated = b.stdoutTruncated;
    this.stderrTail = List.copyOf(b.stderrTail);
    this.possiblyTruncated = b.possiblyTruncated;
    this.duration = b.duration;
  }

  /**
   * A builder (for runners and test doubles).
   *
   * @param redactedArgv the redacted argv of the command
   * @return the builder
   */
  public static Builder builder(List<String> redactedArgv) {
    return new Builder(redactedArgv);
  }

  /**
   * The command's argv, redacted.
   *
   * @return the redacted argv
   */
  public List<String> argv() {
    return argv;
  }

  /**
   * The exit code: 0 to 255, or 128 + signal number when a signal ended the process (e.g. 143 for
   * SIGTERM, 137 for SIGKILL), or -1 when it never started.
   *
   * @return the exit code
   */
  public int exitCode() {
    return exitCode;
  }

  /**
   * Whether the exit code is 0.
   *
   * @return true on success
   */
  public boolean isSuccess() {
    return exitCode == 0;
  }

  /**
   * Captured standard output, with the command's redacted texts and secret values replaced by
   * {@code <redacted>} (otherwise the bytes as written, binary included).
   *
   * @return a copy of the bytes
   */
  public byte[] stdoutBytes() {
    return stdout.clone();
  }

  /**
   * Captured standard output decoded as UTF-8.
   *
   * @return the text
   */
  public String stdout() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  /**
   * Captured standard output split into lines (terminators removed, no trailing empty line).
   *
   * @return the lines
   */
  public List<String> stdoutLines() {
    String text = stdout();
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(start, end);
      lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      start = end + 1;
    }
    return List.copyOf(lines);
  }

  /**
   * Whether standard output exceeded {@link Command#maxStdoutBytes()} and was cut.
   *
   * @return true when cut
   */
  public boolean stdoutTruncated() {
    return stdoutTruncated;
  }

  /**
   * The last standard error lines, redacted.
   *
   * @return the lines
   */
  public List<String> stderrTailLines() {
    return stderrTail;
  }

  /**
   * The last standard error lines joined with {@code \n}.
   *
   * @return the text
   */
  public String stderrTail() {
    return String.join("\n", stderrTail);
  }

  /**
   * Whether an output pipe had not reached end of file when the runner stopped waiting for it
   * (typically a detached grandchild holding it, or a killed tree): output may be incomplete.
   *
   * @return true when output may be missing
   */
  public boolean possiblyTruncated() {
    return possiblyTruncated;
  }

  /**
   * Wall time from start to end of the call.
   *
   * @return the duration
   */
  public Duration duration() {
    return duration;
  }

  /**
   * Returns this result when the exit code is 0.
   *
   * @return this result
   * @throws CommandFailedException otherwise
   */
  public CommandResult requireSuccess() {
    if (exitCode != 0) {
      throw new CommandFailedException(this);
    }
    return this;
  }

  @Override
  public String toString() {
    return "CommandResult["
        + PosixShell.quoteForDisplay(argv)
        + ", exitCode="
        + exitCode
        + ", stdout="
        + stdout.length
        + " bytes"
        + (stdoutTruncated ? " (truncated)" : "")
        + ", stderrTail="
        + stderrTail.size()
        + " lines"
        + (possiblyTruncated ? ", possibly truncated" : "")
        + ", duration="
        + duration
        + "]";
  }

  /** Builds a {@link CommandResult}; mutable, not thread-safe. */
  public static final class Builder {
    private final List<String> argv;
    private int exitCode;
    private byte[] stdout = new byte[0];
    private boolean stdoutTruncated;
    private final List<String> stderrTail = new ArrayList<>();
    private boolean possiblyTruncated;
    private Duration duration = Duration.ZERO;

    private Builder(List<String> argv) {
      this.argv = List.copyOf(argv);
    }

    /**
     * Sets the exit code.
     *
     * @param code the code
     * @return this builder
     */
    public Builder exitCode(int code) {
      this.exitCode = code;
      return this;
    }

    /**
     * Sets captured standard output.
     *
     * @param bytes the bytes (copied)
     * @param truncated whether the cap cut it
     * @return this builder
     */
    public Builder stdout(byte[] bytes, boolean truncated) {
      this.stdout = bytes.clone();
      this.stdoutTruncated = truncated;
      return this;
    }

    /**
     * Sets the standard error tail (already redacted).
     *
     * @param lines the lines
     * @return this builder
     */
    public Builder stderrTail(List<String> lines) {
      stderrTail.clear();
      stderrTail.addAll(lines);
      return this;
    }

    /**
     * Flags output that may be incomplete.
     *
     * @param value the flag
     * @return this builder
     */
    public Builder possiblyTruncated(boolean value) {
      this.possiblyTruncated = value;
      return this;
    }

    /**
     * Sets the duration.
     *
     * @param value the duration
     * @return this builder
     */
    public Builder duration(Duration value) {
      this.duration = Objects.requireNonNull(value, "duration");
      return this;
    }

    /**
     * Builds the result.
     *
     * @return the result
     */
    public CommandResult build() {
      return new CommandResult(this);
    }
  }
}
