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

  @Test
  void aLongMessageKeepsItsStartAndItsEnd() {
    assertThat(Shown.line("short\nmessage", 20)).isEqualTo("short\\nmessage");
    assertThat(Shown.line("a".repeat(50) + "z", 9)).isEqualTo("aaaaaa\u2026 (42 characters left out) \u2026aaz");
    String finding = "web.container:3: Container.ReadOnly: '" + "x".repeat(60_000) + "' is not a flag";
    String line = Shown.line(finding, 1000);
    assertThat(line).startsWith("web.container:3: Container.ReadOnly: 'xxx").endsWith("xxx' is not a flag")
        .contains("(59053 characters left out)").hasSizeLessThan(1100);
    assertThat(Shown.line("\ud83d\ude00".repeat(10), 5)).as("code points, not chars")
        .isEqualTo("\ud83d\ude00\ud83d\ude00\ud83d\ude00\u2026 (5 characters left out) \u2026\ud83d\ude00\ud83d\ude00");
    assertThat(Shown.line("\u001b".repeat(10), 3)).doesNotContain("\u001b").contains("\\u001b");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Shown.line("abc", 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
