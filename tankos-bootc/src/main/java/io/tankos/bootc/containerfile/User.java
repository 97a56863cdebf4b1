package io.tankos.bootc.containerfile;

import java.util.Objects;

/**
 * {@code USER user[:group]}, expanded by the builder.
 *
 * <pre>{@code
 * new User(Word.literal("1000:1000"));
 * }</pre>
 *
 * @param user the user
 */
public record User(Word user) implements Instruction {

  /**
   * Checks the value.
   *
   * @param user the user
   */
  public User {
    Objects.requireNonNull(user, "user");
  }

  @Override
  public String keyword() {
    return "USER";
  }
}
