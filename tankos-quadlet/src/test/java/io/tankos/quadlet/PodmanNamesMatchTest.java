package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import org.junit.jupiter.api.Test;

/**
 * {@link PodmanNames#matches}, read by hand, answers as the pattern of {@link PodmanNames#RULE} it
 * replaced, on generated names over an alphabet of every kind of character the rule tells apart.
 */
class PodmanNamesMatchTest {

  @Test
  void matchesAnswersAsThePattern() {
    Gen<String> names = Gen.strings(Chars.of("aZ09_.-/ :%\u00e9\u0660"), 0, 6);
    int[] matched = new int[1];
    Seeded.cases("matchesAnswersAsThePattern", names).tries(200_000).check(n -> {
      boolean expected = PodmanNames.pattern().matcher(n).matches();
      assertThat(PodmanNames.matches(n)).as(n).isEqualTo(expected);
      matched[0] += expected ? 1 : 0;
    });
    assertThat(matched[0]).as("generated names the rule takes").isGreaterThan(10_000);
  }
}
