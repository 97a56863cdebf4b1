package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Agreement;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A flag's name is {@code [a-z][a-z0-9-]*}; read by hand, compared here with that pattern. */
class FlagNameTest {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final String ALPHABET = "az09-_A\u00e9 =";

  @Test
  void theNameCheckAgreesWithThePatternOnGeneratedNames() {
    Agreement.of("flagNames", FlagNameTest::name)
        .tries(100_000)
        .eachAnswerAtLeast(0.2)
        .check(name -> NAME.matcher(name).matches(), FlagNameTest::accepted);
  }

  /** Whether {@link Flag#bare} takes the name, keeping it as it is; a refusal must say why. */
  private static boolean accepted(String name) {
    try {
      assertThat(Flag.bare(name).name()).isEqualTo(name);
      return true;
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageStartingWith("invalid flag name");
      return false;
    }
  }

  private static String name(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(8);
    for (int j = 0; j < length; j++) {
      b.append(random.nextInt(4) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
          : (char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }
}
