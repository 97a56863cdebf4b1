package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PartTextTest {
  @Test
  void aLoneSurrogateIsRefusedAtTheTextNotWrittenAsAQuestionMark() {
    assertThatThrownBy(() -> Part.shellScript("#!/bin/sh\necho \ud800\n"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Part.text");
    assertThatThrownBy(() -> Part.of(PartType.SHELL_SCRIPT, "#!/bin/sh\necho \udc00 and more\n"))
        .isInstanceOf(ValidationException.class);
  }
}
