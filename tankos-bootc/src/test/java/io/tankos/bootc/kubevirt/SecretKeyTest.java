package io.tankos.bootc.kubevirt;

import io.tankos.testkit.Agreement;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A Secret's key is read by hand; compared here with the pattern it replaces. */
class SecretKeyTest {
  private static final Pattern KEY = Pattern.compile("[-._a-zA-Z0-9]+");
  private static final String ODD = "-._/:+@ \u00e9\u0130\u212a\u00aa\n";

  @Test
  void theKeyCheckAgreesWithThePatternOnGeneratedKeys() {
    Agreement.of("keys", SecretKeyTest::key)
        .tries(200_000)
        .eachAnswerAtLeast(0.1)
        .check(key -> KEY.matcher(key).matches(), KubernetesSecret.Builder::isKey);
  }

  private static String key(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(8);
    for (int j = 0; j < length; j++) {
      int pick = random.nextInt(10);
      b.append(pick == 0 ? ODD.charAt(random.nextInt(ODD.length()))
          : pick == 1 ? (char) ('0' + random.nextInt(10))
          : pick == 2 ? (char) ('A' + random.nextInt(26))
          : (char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }
}
