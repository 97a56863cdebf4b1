package io.tankos.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBuffersTest {
  @Test
  void wipeEmptiesTheBufferAndOverwritesWhatItHeld() {
    StringBuilder b = new StringBuilder(64).append("password: hunter2");
    int held = b.length();
    assertThat(TextBuffers.wipe(b)).isSameAs(b).isEmpty();
    b.setLength(held); // shows the characters left in the array
    assertThat(b.toString()).isEqualTo("\0".repeat(held));
    assertThat(b.capacity()).isEqualTo(64); // kept for reuse
  }
}
