package io.tankos.core.validation;

import java.util.Objects;

/**
 * Thrown when input goes over one of a parser's documented limits (file size, line length, nesting,
 * decompressed size, ...). The message reads {@code SOURCE:LINE: what (limit NAME = VALUE)}, one
 * line, e.g. {@code user-data:1: gzip data inflates to more than 8388608 bytes (limit
 * CloudInitLimits.MAX_BYTES = 8388608)}. The parser stops as soon as the limit is passed, so the
 * input is never held or expanded beyond it.
 */
public final class LimitExceededException extends ParseException {
  private static final long serialVersionUID = 1L;

  /** The limit's name, e.g. {@code UnitFileLimits.MAX_LINE_BYTES}. */
  private final String limit;

  /** The limit's value. */
  private final long maximum;

  /**
   * An input over a limit.
   *
   * @param source name of the source, e.g. a file name
   * @param line one-based line, or 0 when not tied to a line
   * @param what what went over the limit, e.g. {@code line is 70000 bytes long}
   * @param limit the limit's name, e.g. {@code ContainerfileLimits.MAX_LINE_BYTES}
   * @param maximum the limit's value
   */
  public LimitExceededException(String source, int line, String what, String limit, long maximum) {
    super(source, line, what + " (limit " + Objects.requireNonNull(limit, "limit") + " = " + maximum
        + ")");
    this.limit = limit;
    this.maximum = maximum;
  }

  /**
   * The name of the limit that was exceeded.
   *
   * @return e.g. {@code CloudInitLimits.MAX_MIME_DEPTH}
   */
  public String limit() {
    return limit;
  }

  /**
   * The limit's value.
   *
   * @return the maximum allowed
   */
  public long maximum() {
    return maximum;
  }
}
