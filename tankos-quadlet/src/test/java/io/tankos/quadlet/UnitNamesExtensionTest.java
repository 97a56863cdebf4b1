package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitNames#hasExtension} answers as the {@code endsWith("." + extension)} it replaced (kept
 * here as the oracle), on generated names and extensions over a small alphabet, so that matches,
 * near misses and the empty cases all occur.
 */
class UnitNamesExtensionTest {

  /** The routine {@code hasExtension} replaced. */
  private static boolean oracle(String name, String extension) {
    return name.endsWith("." + extension);
  }

  @Test
  void hasExtensionAnswersAsEndsWithDotExtension() {
    Gen<List<String>> pairs = Gen.strings(Chars.of("a.c"), 0, 6).list(2, 2);
    int[] matches = new int[1];
    Seeded.cases("hasExtensionAnswersAsEndsWithDotExtension", pairs).tries(200_000).check(p -> {
      boolean expected = oracle(p.get(0), p.get(1));
      assertThat(UnitNames.hasExtension(p.get(0), p.get(1))).as(p.toString()).isEqualTo(expected);
      matches[0] += expected ? 1 : 0;
    });
    assertThat(matches[0]).as("generated names with their extension").isGreaterThan(10_000);
    for (UnitType t : UnitType.values()) {
      assertThat(UnitNames.hasExtension("web." + t.extension(), t.extension())).isTrue();
      assertThat(UnitNames.hasExtension("web" + t.extension(), t.extension())).isFalse();
    }
  }
}
