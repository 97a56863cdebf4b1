package io.tankos.bootc.kubevirt.internal;

import java.util.Optional;
import java.util.function.Function;

/** Looks up an enum constant by the exact spelling the Kubernetes API uses. */
public final class Wire {
  private Wire() {}

  /**
   * The constant whose wire spelling equals {@code text}.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param spelling how a constant is spelled on the wire
   * @param text the text
   * @return the constant, or empty
   */
  public static <E extends Enum<E>> Optional<E> find(
      Class<E> type, Function<E, String> spelling, String text) {
    for (E e : type.getEnumConstants()) {
      if (spelling.apply(e).equals(text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
