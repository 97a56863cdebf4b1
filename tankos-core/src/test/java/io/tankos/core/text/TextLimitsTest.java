package io.tankos.core.text;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.LimitExceededException;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class TextLimitsTest {
  @Test
  void linesAreCountedInUtf8BytesWithoutTheLineFeed() {
    assertThatCode(() -> TextLimits.checkLines("f", "abcd\n\u00e9\u00e9\n", 2, "L", 4, "B"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> TextLimits.checkLines("f", "abcd\n\u00e9\u00e9x\n", 2, "L", 4, "B"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("f:2: line is 5 bytes long (limit B = 4)");
    assertThatThrownBy(() -> TextLimits.checkLines("f", "a\nb\nc", 2, "L", 4, "B"))
        .hasMessage("f:3: more than 2 lines (limit L = 2)");
    assertThatCode(() -> TextLimits.checkLines("f", "a\nb\n", 2, "L", 4, "B"))
        .doesNotThrowAnyException();
  }

  @Test
  void boundedReadStopsAfterTheLimit() {
    assertThatThrownBy(() -> BoundedInput.readAll("big", new ByteArrayInputStream(new byte[101]),
        100, "X.MAX"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("big: larger than 100 bytes (limit X.MAX = 100)");
    assertThatCode(() -> BoundedInput.readAll("ok", new ByteArrayInputStream(new byte[100]), 100,
        "X.MAX")).doesNotThrowAnyException();
  }
}
