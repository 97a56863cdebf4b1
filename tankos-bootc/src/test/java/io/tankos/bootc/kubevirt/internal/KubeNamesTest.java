package io.tankos.bootc.kubevirt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A DNS-1123 label is read by hand; compared here with the pattern it replaces. */
class KubeNamesTest {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  @Test
  void theLabelCheckAgreesWithThePatternOnGeneratedNames() {
    Random random = new Random(1123);
    String odd = "-.-_Az09 \u00e9\u0130\u212a\n";
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(10) == 0 ? 60 + random.nextInt(8) : random.nextInt(8);
      for (int j = 0; j < length; j++) {
        int pick = random.nextInt(8);
        b.append(pick == 0 ? odd.charAt(random.nextInt(odd.length()))
            : pick == 1 ? (char) ('0' + random.nextInt(10))
            : pick == 2 ? '-'
            : (char) ('a' + random.nextInt(26)));
      }
      String name = b.toString();
      boolean expected = name.length() <= 63 && LABEL.matcher(name).matches();
      assertThat(KubeNames.isLabel(name)).as("'%s'", name).isEqualTo(expected);
      if (expected) {
        accepted++;
      } else {
        rejected++;
      }
    }
    assertThat(accepted).isGreaterThan(20_000);
    assertThat(rejected).isGreaterThan(20_000);
  }
}
