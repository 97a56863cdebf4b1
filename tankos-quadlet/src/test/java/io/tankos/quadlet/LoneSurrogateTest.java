package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** A unit file is UTF-8: a value with half a surrogate pair is refused, not written as '?'. */
class LoneSurrogateTest {
  @Test
  void anUnpairedSurrogateIsRefusedAtItsField() {
    assertThatThrownBy(() -> ContainerUnit.builder("a").image("localhost/x").description("a\ud800b").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Description")
        .hasMessageContaining("unpaired surrogate (at index 1)");
    assertThatThrownBy(() -> ContainerUnit.builder("a").image("localhost/x").after("a\udc00.service").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("After");
    // a pair is a character like any other
    ContainerUnit.builder("a").image("localhost/x").description("a\ud83d\ude00b").build();
  }
}
