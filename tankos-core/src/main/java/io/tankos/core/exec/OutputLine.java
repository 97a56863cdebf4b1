package io.tankos.core.exec;

import java.util.Objects;

/**
 * One line a process wrote, without its line terminator ({@code \n}, or {@code \r\n}), delivered to
 * a {@link Command.Builder#outputListener listener} while the process runs. A line longer than
 * {@link Command#MAX_LINE_CHARS} characters is delivered in pieces of at most that length, so a
 * process that never writes a newline cannot fill the heap. Text is decoded as UTF-8 (malformed
 * bytes become U+FFFD) and has the command's redactions applied.
 *
 * @param stream which stream the line came from
 * @param text the line's text
 */
public record OutputLine(StandardStream stream, String text) {

  /** The standard stream a line came from. */
  public enum StandardStream {
    /** Standard output. */
    STDOUT,
    /** Standard error. */
    STDERR
  }

  /**
   * Checks the components.
   *
   * @param stream which stream the line came from
   * @param text the line's text
   */
  public OutputLine {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(text, "text");
  }

  /**
   * A standard output line.
   *
   * @param text the text
   * @return the line
   */
  public static OutputLine stdout(String text) {
    return new OutputLine(StandardStream.STDOUT, text);
  }

  /**
   * A standard error line.
   *
   * @param text the text
   * @return the line
   */
  public static OutputLine stderr(String text) {
    return new OutputLine(StandardStream.STDERR, text);
  }

  @Override
  public String toString() {
    return (stream == StandardStream.STDOUT ? "out| " : "err| ") + text;
  }
}
