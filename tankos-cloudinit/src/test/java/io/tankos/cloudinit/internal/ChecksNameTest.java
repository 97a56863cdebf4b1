package io.tankos.cloudinit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Checks#isName} reads names by hand: compared here with the pattern it stands for. */
class ChecksNameTest {
  private static final String CHARS = "az_-09$AZ.\n \u00e9";

  @Test
  void isNameAgreesWithThePattern() {
    Random random = new Random(3);
    int names = 0;
    for (int n = 0; n < 200_000; n++) {
      int length = random.nextInt(36);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < length; i++) {
        b.append(random.nextInt(4) == 0 ? CHARS.charAt(random.nextInt(CHARS.length()))
            : (char) ('a' + random.nextInt(26)));
      }
      String s = b.toString();
      boolean expected = Checks.NAME.matcher(s).matches();
      names += expected ? 1 : 0;
      assertThat(Checks.isName(s)).as("'%s'", s).isEqualTo(expected);
    }
    assertThat(names).as("names among 200,000").isBetween(20_000, 180_000);
    assertThat(Checks.isName("a$")).isTrue();
    assertThat(Checks.isName("$")).isFalse();
    assertThat(Checks.isName("a$b")).isFalse();
    assertThat(Checks.isName("a".repeat(32))).isTrue();
    assertThat(Checks.isName("a".repeat(31) + "$")).isTrue();
    assertThat(Checks.isName("a".repeat(33))).isFalse();
    assertThat(Checks.isName("openclaw\n")).isFalse();
  }
}
