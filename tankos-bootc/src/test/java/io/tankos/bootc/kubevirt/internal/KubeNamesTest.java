package io.tankos.bootc.kubevirt.internal;

import io.tankos.testkit.Agreement;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A DNS-1123 label is read by hand; compared here with the pattern it replaces. */
class KubeNamesTest {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final String ODD = "-.-_Az09 \u00e9\u0130\u212a\n";

  @Test
  void theLabelCheckAgreesWithThePatternOnGeneratedNames() {
    Agreement.of("labels", KubeNamesTest::name)
        .tries(200_000)
        .eachAnswerAtLeast(0.1)
        .check(name -> name.length() <= 63 && LABEL.matcher(name).matches(), KubeNames::isLabel);
  }

  private static String name(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(10) == 0 ? 60 + random.nextInt(8) : random.nextInt(8);
    for (int j = 0; j < length; j++) {
      int pick = random.nextInt(8);
      b.append(pick == 0 ? ODD.charAt(random.nextInt(ODD.length()))
          : pick == 1 ? (char) ('0' + random.nextInt(10))
          : pick == 2 ? '-'
          : (char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }
}
