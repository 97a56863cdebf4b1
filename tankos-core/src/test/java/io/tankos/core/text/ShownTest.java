package io.tankos.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import org.junit.jupiter.api.Test;

class ShownTest {
  @Test
  void controlCharactersAreEscapedAndLongValuesCut() {
    assertThat(Shown.value("a\nb\r\tc", 80)).isEqualTo("a\\nb\\r\\tc");
    assertThat(Shown.value("\u0000\u001b\u007f\u0085\u2028é日", 80)).isEqualTo("\\u0000\\u001b\\u007f\\u0085\\u2028é日");
    assertThat(Shown.value("x".repeat(100), 5)).isEqualTo("xxxxx…");
    assertThat(Shown.value("xxxxx", 5)).isEqualTo("xxxxx");
    assertThat(Shown.value("😀😀😀", 2)).as("code points, not chars").isEqualTo("😀😀…");
    assertThat(Shown.value("", 5)).isEmpty();
  }

  @Test
  void anyValueIsShownOnOneBoundedLine() {
    Seeded.cases("shownIsOneBoundedLine", Gen.strings(Chars.of("ab\n\r\t\u0000\u0085\u2028\u2029😀"), 0, 200)).tries(2000)
        .check(v -> {
          String s = Shown.value(v, 60);
          assertThat(s).doesNotContain("\n", "\r", "\u0085", "\u2028", "\u2029", "\u0000");
          assertThat(s.codePointCount(0, s.length())).isLessThanOrEqualTo(60 * 6 + 1);
        });
  }
}
