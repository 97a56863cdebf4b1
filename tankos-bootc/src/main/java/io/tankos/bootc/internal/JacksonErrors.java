package io.tankos.bootc.internal;

import com.fasterxml.jackson.core.JacksonException;
import io.tankos.core.text.Shown;
import io.tankos.core.validation.ParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Jackson's read errors as the {@link ParseException} a user reads: one line naming what is wrong
 * at a line of the source, without Java class names, Jackson's setting names or the source echoed
 * back.
 */
public final class JacksonErrors {
  private static final String NOT_UTF8 = "not UTF-8 text";
  private static final Pattern START_MARKER =
      Pattern.compile("\\(start marker at \\[Source: .*; line: (\\d+), column: \\d+\\]\\)");

  private JacksonErrors() {}

  /**
   * The parse error for a failed read.
   *
   * @param source the source's name for messages
   * @param e the error
   * @param kind what the text should have been, e.g. {@code "not JSON: "}, or empty
   * @param fallbackLine the line when the error has none (0: no line)
   * @return the exception to throw
   */
  public static ParseException parseException(String source, JacksonException e, String kind, int fallbackLine) {
    int line = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : fallbackLine;
    for (Throwable c = e; c != null; c = c.getCause()) { // SnakeYAML wraps the decoder's error in its own
      if (c instanceof CharacterCodingException) {
        return new ParseException(source, line, NOT_UTF8);
      }
    }
    String reason = e.getOriginalMessage();
    if (e.getCause() instanceof MarkedYAMLException m) {
      reason = (m.getContext() != null ? m.getContext() + ", " : "") + (m.getProblem() != null ? m.getProblem() : "");
      if (m.getProblemMark() != null) {
        line = m.getProblemMark().getLine() + 1;
      }
    }
    return new ParseException(source, line, kind + reason(reason));
  }

  /**
   * The error for a failed streaming read: a {@link ParseException} for Jackson's errors and for
   * bytes that are not UTF-8 (which a reader below Jackson reports as they come), an {@link
   * UncheckedIOException} for anything else.
   *
   * @param source the source's name for messages
   * @param e the error
   * @param kind what the text should have been, or empty
   * @param line the line read when it failed (used when the error has none)
   * @return the exception to throw
   */
  public static RuntimeException readError(String source, IOException e, String kind, int line) {
    if (e instanceof JacksonException j) {
      return parseException(source, j, kind, line);
    }
    return e instanceof CharacterCodingException ? new ParseException(source, line, NOT_UTF8) : new UncheckedIOException(e);
  }

  /**
   * The first line of a message, without the name of the Jackson setting a limit comes from, and
   * bounded (Jackson quotes up to 256 characters of an unrecognized token).
   */
  private static String reason(String message) {
    String first = message == null || message.isBlank() ? "syntax error" : message.strip();
    int nl = first.indexOf('\n');
    first = nl < 0 ? first : first.substring(0, nl).strip();
    int api = first.indexOf(", from `"); // "... maximum allowed (1000, from `StreamReadConstraints...`)"
    first = api < 0 ? first : first.substring(0, api) + ")";
    // "... close marker for Array (start marker at [Source: REDACTED (`...` disabled); line: 1, column: 1])"
    return Shown.value(START_MARKER.matcher(first).replaceAll("(opened at line $1)"), 200);
  }
}
