package io.tankos.core.validation;

import java.util.Objects;

/**
 * Thrown when text cannot be parsed; names the source and the line. The message reads
 * {@code SOURCE:LINE: reason}, the form command-line tools print. Input over one of a parser's
 * documented limits gives the subclass {@link LimitExceededException}.
 */
public sealed class ParseException extends IllegalArgumentException
    permits LimitExceededException {
  private static final long serialVersionUID = 1L;

  /** Name of the parsed source (a file name, or {@code <input>}). */
  private final String source;

  /** One-based line number, or 0 when the problem is not tied to a line. */
  private final int line;

  /** The reason without source and line. */
  private final String reason;

  /**
   * A parse failure.
   *
   * @param source name of the source, e.g. a file name
   * @param line one-based line, or 0 when unknown
   * @param reason what is wrong
   */
  public ParseException(String source, int line, String reason) {
    super(format(source, line, reason));
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * The source name.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The one-based line number.
   *
   * @return the line, or 0 when not tied to a line
   */
  public int line() {
    return line;
  }

  /**
   * The reason, without source and line.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  private static String format(String source, int line, String reason) {
    return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
  }
}
