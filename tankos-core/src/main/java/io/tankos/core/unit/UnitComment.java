package io.tankos.core.unit;

import java.util.Objects;

/**
 * A comment line ({@code #} or {@code ;} first) or an empty line, kept so that re-rendering a parsed
 * file keeps the author's notes.
 *
 * @param text the whole line, e.g. {@code "# managed by tankos"}, or {@code ""} for an empty line
 */
public record UnitComment(String text) implements UnitLine {

  /** An empty line. */
  public static final UnitComment BLANK = new UnitComment("");

  /**
   * Checks the text.
   *
   * @param text the whole comment line
   */
  public UnitComment {
    Objects.requireNonNull(text, "text");
    if (!text.isEmpty() && text.charAt(0) != '#' && text.charAt(0) != ';') {
      throw new IllegalArgumentException("a comment line starts with '#' or ';': " + text);
    }
    if (text.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a comment line cannot contain a newline");
    }
  }

  /**
   * A {@code #} comment from free text: {@code of("hello")} is the line {@code # hello}.
   *
   * @param text the comment's words, without the leading {@code #}; no newline
   * @return the comment
   */
  public static UnitComment of(String text) {
    return new UnitComment(text.isEmpty() ? "#" : "# " + UnitSyntax.trimSpace(text));
  }

  /**
   * Whether this is an empty line.
   *
   * @return true for an empty line
   */
  public boolean isBlank() {
    return text.isEmpty();
  }

  @Override
  public String toString() {
    return text;
  }
}
