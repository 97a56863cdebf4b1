package io.tankos.core.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code ConfigFields.mode} writes every mode as {@code String.format("%04o")} does. */
class ConfigFieldsModeTest {
  @Test
  void everyModeAsTheFormatterWritesIt() {
    for (int mode = 0; mode <= 07777; mode++) {
      assertThat(ConfigFields.mode(mode)).isEqualTo(String.format(Locale.ROOT, "%04o", mode));
    }
  }
}
