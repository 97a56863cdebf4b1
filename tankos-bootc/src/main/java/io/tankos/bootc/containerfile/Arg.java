package io.tankos.bootc.containerfile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ARG name[=default] ...}. A default is expanded by the builder. Secrets do not belong here
 * (see {@link BootcLint}); use a {@code RUN --mount=type=secret} instead.
 *
 * <pre>{@code
 * Arg.of("TAG", Word.literal("42"));
 * }</pre>
 *
 * @param declarations the declared names with their defaults, in order
 */
public record Arg(List<Declaration> declarations) implements Instruction {

  /**
   * One declared name.
   *
   * @param name the name as written
   * @param defaultValue the default, or null when none
   */
  public record Declaration(String name, Word defaultValue) {

    /**
     * Checks the name.
     *
     * @param name the name
     * @param defaultValue the default or null
     */
    public Declaration {
      Objects.requireNonNull(name, "name");
    }

    /**
     * The default, if any.
     *
     * @return the default
     */
    public Optional<Word> optionalDefault() {
      return Optional.ofNullable(defaultValue);
    }
  }

  /**
   * Copies the declarations.
   *
   * @param declarations at least one declaration
   */
  public Arg {
    declarations = List.copyOf(declarations);
  }

  /**
   * An ARG without default.
   *
   * @param name the name
   * @return the instruction
   */
  public static Arg of(String name) {
    return new Arg(List.of(new Declaration(name, null)));
  }

  /**
   * An ARG with a default.
   *
   * @param name the name
   * @param defaultValue the default
   * @return the instruction
   */
  public static Arg of(String name, Word defaultValue) {
    return new Arg(List.of(new Declaration(name, Objects.requireNonNull(defaultValue, "defaultValue"))));
  }

  @Override
  public String keyword() {
    return "ARG";
  }
}
