package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A flag's name is {@code [a-z][a-z0-9-]*}; read by hand, compared here with that pattern. */
class FlagNameTest {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  @Test
  void theNameCheckAgreesWithThePatternOnGeneratedNames() {
    Random random = new Random(23);
    String alphabet = "az09-_A\u00e9 =";
    int accepted = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(8);
      for (int j = 0; j < length; j++) {
        b.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
            : (char) ('a' + random.nextInt(26)));
      }
      String name = b.toString();
      boolean expected = NAME.matcher(name).matches();
      if (expected) {
        accepted++;
        assertThat(Flag.bare(name).name()).isEqualTo(name);
      } else {
        assertThatThrownBy(() -> Flag.bare(name)).as("'%s'", name)
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invalid flag name");
      }
    }
    assertThat(accepted).isGreaterThan(20_000);
  }
}
