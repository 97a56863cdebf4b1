package io.tankos.quadlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Agreement;
import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link QuadletReading#hasNameWithoutValue} reads a plain line in place; held here to {@link
 * QuadletReading#namesWithoutValue} of the line, which splits it.
 */
class NameWithoutValueTest {
  @Test
  void theInPlaceReadingAgreesWithTheSplitOnGeneratedLines() {
    Agreement.of("namesWithoutValue", Gen.strings(Chars.of("aB=  =\t\r\n=xy_1"), 0, 12))
        .tries(100_000)
        .eachAnswerAtLeast(0.2)
        .check(line -> !QuadletReading.namesWithoutValue(List.of(line)).isEmpty(),
            QuadletReading::hasNameWithoutValue);
  }

  @Test
  void linesWithQuotesBackslashesOrNulAreSplit() {
    Agreement.of("namesWithoutValueQuoted", Gen.strings(Chars.of("a=  \"'\\\0n"), 0, 10))
        .tries(50_000)
        .eachAnswerAtLeast(0.05)
        .check(line -> !QuadletReading.namesWithoutValue(List.of(line)).isEmpty(),
            QuadletReading::hasNameWithoutValue);
  }

  @Test
  void examples() {
    assertThat(QuadletReading.hasNameWithoutValue("A=1 B=2")).isFalse();
    assertThat(QuadletReading.hasNameWithoutValue("A=1 B")).isTrue();
    assertThat(QuadletReading.hasNameWithoutValue("  A  ")).isTrue();
    assertThat(QuadletReading.hasNameWithoutValue("")).isFalse();
    assertThat(QuadletReading.hasNameWithoutValue("\"A\"=1")).isFalse();
  }
}
