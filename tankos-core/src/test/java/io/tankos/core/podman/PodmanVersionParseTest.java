package io.tankos.core.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written version reader against the grammar it replaced, written as a regex here. */
class PodmanVersionParseTest {
  private static final Pattern GRAMMAR =
      Pattern.compile("v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,6}))?(?:[-+~].*)?");

  private static Optional<PodmanVersion> byGrammar(String text) {
    Matcher m = GRAMMAR.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new PodmanVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
  }

  private static Optional<PodmanVersion> parsed(String text) {
    try {
      return Optional.of(PodmanVersion.parse(text));
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageStartingWith("not a Podman version");
      return Optional.empty();
    }
  }

  @Test
  void examples() {
    assertThat(PodmanVersion.parse("4.3.1")).isEqualTo(new PodmanVersion(4, 3, 1));
    assertThat(PodmanVersion.parse(" v5.8 ")).isEqualTo(new PodmanVersion(5, 8, 0));
    assertThat(PodmanVersion.parse("6.0.0-dev")).isEqualTo(new PodmanVersion(6, 0, 0));
    assertThat(PodmanVersion.parse("5.4.2+ds1~2")).isEqualTo(new PodmanVersion(5, 4, 2));
    for (String bad : new String[] {"", "5", "5.", ".4", "v", "vv5.4", "12345.1", "5.12345", "5.4.1234567",
        "5.4.x", "5.4-a\nb", "5.4-a\u2028", "\u0665.4"}) {
      assertThatThrownBy(() -> PodmanVersion.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theReaderAgreesWithTheGrammarOnEveryGeneratedText() {
    Random random = new Random(17);
    String alphabet = "v0123456789..-+~x \n\r\u0085\u2028\u2029\u0665";
    int accepted = 0;
    for (int i = 0; i < 300_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(14);
      for (int j = 0; j < length; j++) {
        // mostly digits and dots, so that many texts are versions
        b.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
            : "0123456789..".charAt(random.nextInt(12)));
      }
      String text = b.toString();
      Optional<PodmanVersion> expected = byGrammar(text);
      assertThat(parsed(text)).as("'%s'", text).isEqualTo(expected);
      accepted += expected.isPresent() ? 1 : 0;
    }
    assertThat(accepted).as("texts that are versions").isGreaterThan(10_000);
  }
}
