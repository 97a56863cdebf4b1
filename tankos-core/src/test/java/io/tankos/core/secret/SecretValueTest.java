package io.tankos.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretValueTest {
  private static final String CANARY = "sk-canary-7f3a";

  @Test
  void neverPrintsItsValue() {
    SecretValue s = SecretValue.of("anthropic_api_key", CANARY);
    assertThat(s.toString()).contains("anthropic_api_key").doesNotContain(CANARY);
    assertThat(s.redact("key=" + CANARY + ";")).isEqualTo("key=<redacted>;");
  }

  @Test
  void writesTheValueToAStreamThenWipes() throws Exception {
    SecretValue s = SecretValue.of("k", CANARY.toCharArray());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.writeTo(out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CANARY);
    s.close();
    assertThat(s.isDestroyed()).isTrue();
    assertThatThrownBy(() -> s.writeTo(out)).isInstanceOf(IllegalStateException.class).hasMessageNotContaining(CANARY);
  }
}
