package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.unit.ExecWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code UnitEditor.namesAbsent} keeps a key/value line without splitting it only when splitting it
 * would find no word with one of the names: compared with the split on generated lines.
 */
class UnitEditorNamesTest {
  private static final String PLAIN = "AB=x \t";
  private static final String SPECIAL = "\"'\\\0";

  @Test
  void aLineKeptUnsplitHasNoWordWithTheNames() {
    Random random = new Random(20261207L);
    int kept = 0;
    int split = 0;
    for (int n = 0; n < 200_000; n++) {
      String line = text(random, 1 + random.nextInt(12));
      List<String> names = new ArrayList<>();
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        names.add(text(random, random.nextInt(3)).replace("=", "").replace("\0", ""));
      }
      List<String> words;
      try {
        words = ExecWords.split(line);
      } catch (ExecWords.SplitException e) {
        words = null;
      }
      boolean named = words != null && words.stream().anyMatch(w -> names.contains(nameOf(w)));
      if (UnitEditor.namesAbsent(line, names)) {
        kept++;
        assertThat(named).as("line '%s', names %s, words %s", line, names, words).isFalse();
      } else {
        split++;
      }
    }
    assertThat(kept).as("lines kept unsplit").isGreaterThan(10_000);
    assertThat(split).as("lines split").isGreaterThan(10_000);
  }

  @Test
  void quotesAndEscapesAreSplit() {
    assertThat(UnitEditor.namesAbsent("A\"B\"=x", List.of("AB"))).isFalse();
    assertThat(UnitEditor.namesAbsent("\\x41B=x", List.of("AB"))).isFalse();
    assertThat(UnitEditor.namesAbsent("A'B'=x", List.of("AB"))).isFalse();
    assertThat(UnitEditor.namesAbsent("X=1 AB=2", List.of("AB"))).isFalse();
    assertThat(UnitEditor.namesAbsent("X=1 Y=2", List.of("AB"))).isTrue();
  }

  private static String nameOf(String word) {
    int eq = word.indexOf('=');
    return eq < 0 ? word : word.substring(0, eq);
  }

  private static String text(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String from = random.nextInt(10) == 0 ? SPECIAL : PLAIN;
      b.append(from.charAt(random.nextInt(from.length())));
    }
    return b.toString();
  }
}
