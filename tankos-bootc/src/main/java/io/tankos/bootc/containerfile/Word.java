package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * A value the builder reads through its shell-word lexer (ADD/COPY/VOLUME paths, ENV and LABEL
 * names and values, USER, WORKDIR, EXPOSE, FROM, STOPSIGNAL, flag values). The caller states what
 * the builder must end up with:
 *
 * <ul>
 *   <li>{@link #literal(String)}: exactly this text; every {@code $}, quote and escape is escaped.
 *   <li>{@link #expanding(String)}: {@code $NAME} and {@code ${...}} references are expanded by the
 *       builder (ARG/ENV values), every other character is literal.
 *   <li>{@link #raw(String)}: text already in Containerfile syntax, written as is (what the parser
 *       returns, so that re-rendering keeps the meaning).
 * </ul>
 *
 * <pre>{@code
 * Env.of("PATH", Word.expanding("/opt/bin:$PATH"));
 * Env.of("PROMPT", Word.literal("$ "));
 * }</pre>
 *
 * @param kind how {@link #text()} is read
 * @param text the text
 */
public record Word(Kind kind, String text) {

  /** How the text of a {@link Word} is read. */
  public enum Kind {
    /** The exact value. */
    LITERAL,
    /** A value whose {@code $} references the builder expands. */
    EXPANDING,
    /** Containerfile syntax, written verbatim. */
    RAW
  }

  /**
   * Checks the components.
   *
   * @param kind the kind
   * @param text the text
   */
  public Word {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The exact value.
   *
   * @param value what the builder must see
   * @return the word
   */
  public static Word literal(String value) {
    return new Word(Kind.LITERAL, value);
  }

  /**
   * A value with {@code $NAME}/{@code ${NAME...}} references the builder expands.
   *
   * @param template e.g. {@code /opt/bin:$PATH}
   * @return the word
   */
  public static Word expanding(String template) {
    return new Word(Kind.EXPANDING, template);
  }

  /**
   * Containerfile syntax written verbatim.
   *
   * @param syntax e.g. {@code "a b"} with its quotes
   * @return the word
   */
  public static Word raw(String syntax) {
    return new Word(Kind.RAW, syntax);
  }

  @Override
  public String toString() {
    return kind == Kind.LITERAL ? text : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + text;
  }
}
