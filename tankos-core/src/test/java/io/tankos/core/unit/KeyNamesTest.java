package io.tankos.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parser's shared copies of key and group names: always the text asked for, shared when equal. */
class KeyNamesTest {
  @Test
  void aNameIsAlwaysTheTextAskedForEvenWhenSlotsCollide() {
    Random random = new Random(11);
    String alphabet = "ABCabc_-.@0123456789";
    for (int i = 0; i < 200_000; i++) { // far more names than slots: collisions replace slots
      int length = random.nextInt(48);
      StringBuilder text = new StringBuilder("==");
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      text.append("==");
      String s = text.toString();
      assertThat(KeyNames.of(s, 2, 2 + length)).isEqualTo(s.substring(2, 2 + length));
    }
  }

  @Test
  void anEqualShortNameIsSharedAndALongOneIsNot() {
    String first = KeyNames.of("[Container]", 1, 10);
    String again = KeyNames.of("x=Container=y", 2, 11);
    assertThat(again).isEqualTo("Container").isSameAs(first);
    String line = "K".repeat(41) + "=v";
    assertThat(KeyNames.of(line, 0, 41)).isEqualTo("K".repeat(41)).isNotSameAs(KeyNames.of(line, 0, 41));
  }

  @Test
  void parsedFilesShareTheirKeyNames() {
    UnitFile a = UnitFile.parse("[Container]\nImage=a\n");
    UnitFile b = UnitFile.parse("[Container]\n  Image = b\n");
    assertThat(b.section("Container").orElseThrow().entries().get(0).key())
        .isSameAs(a.section("Container").orElseThrow().entries().get(0).key());
    assertThat(b.lastValue("Container", "Image")).contains("b");
  }
}
