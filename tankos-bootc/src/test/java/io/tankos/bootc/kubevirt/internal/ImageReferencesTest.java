package io.tankos.bootc.kubevirt.internal;

import io.tankos.testkit.Agreement;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A path component of an image name is read by hand; compared here with the grammar's pattern. */
class ImageReferencesTest {
  private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*");
  private static final String SEPARATORS = "._-";
  private static final String ODD = "A+~ \u00e9";

  @Test
  void pathComponentsAgreeWithTheGrammarsPatternOnGeneratedNames() {
    Agreement.of("pathComponents", ImageReferencesTest::component)
        .tries(200_000)
        .eachAnswerAtLeast(0.1)
        .check(c -> COMPONENT.matcher(c).matches(), c -> ImageReferences.problem(c) == null);
  }

  @Test
  void pathComponentsAfterAHostAgreeWithTheGrammarsPattern() {
    Agreement.of("pathComponentsAfterAHost", ImageReferencesTest::component)
        .tries(200_000)
        .eachAnswerAtLeast(0.1)
        .check(c -> COMPONENT.matcher(c).matches(),
            c -> ImageReferences.problem("registry.example.com/tank/" + c) == null);
  }

  private static String component(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(12);
    for (int j = 0; j < length; j++) {
      int pick = random.nextInt(10);
      b.append(pick < 3 ? SEPARATORS.charAt(random.nextInt(SEPARATORS.length()))
          : pick == 3 && random.nextInt(4) == 0 ? ODD.charAt(random.nextInt(ODD.length()))
          : pick == 4 ? (char) ('0' + random.nextInt(10))
          : (char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }
}
