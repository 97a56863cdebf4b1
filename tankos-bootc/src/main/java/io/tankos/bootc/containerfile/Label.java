package io.tankos.bootc.containerfile;

import java.util.List;

/**
 * {@code LABEL name=value...}. Values are double-quoted as needed so that the builder reads exactly the
 * caller's value; use {@link Word#expanding(String)} for deliberate {@code $VAR} expansion.
 *
 * <pre>{@code
 * Label.of("com.example.k", Word.literal("a \"b\" $c"));
 * }</pre>
 *
 * @param pairs the pairs, in order
 */
public record Label(List<KeyValue> pairs) implements Instruction {

  /**
   * Copies the pairs.
   *
   * @param pairs the pairs
   */
  public Label {
    pairs = List.copyOf(pairs);
  }

  /**
   * One pair.
   *
   * @param name the literal name
   * @param value the value
   * @return the instruction
   */
  public static Label of(String name, Word value) {
    return new Label(List.of(KeyValue.of(name, value)));
  }

  /**
   * One pair with a literal value.
   *
   * @param name the literal name
   * @param value the literal value
   * @return the instruction
   */
  public static Label of(String name, String value) {
    return of(name, Word.literal(value));
  }

  @Override
  public String keyword() {
    return "LABEL";
  }
}
