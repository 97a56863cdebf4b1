package io.tankos.bootc.kubevirt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A path component of an image name is read by hand; compared here with the grammar's pattern. */
class ImageReferencesTest {
  private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*");

  @Test
  void pathComponentsAgreeWithTheGrammarsPatternOnGeneratedNames() {
    Random random = new Random(7386);
    String separators = "._-";
    String odd = "A+~ \u00e9";
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        int pick = random.nextInt(10);
        b.append(pick < 3 ? separators.charAt(random.nextInt(separators.length()))
            : pick == 3 && random.nextInt(4) == 0 ? odd.charAt(random.nextInt(odd.length()))
            : pick == 4 ? (char) ('0' + random.nextInt(10))
            : (char) ('a' + random.nextInt(26)));
      }
      String component = b.toString();
      boolean expected = COMPONENT.matcher(component).matches();
      assertThat(ImageReferences.problem(component) == null).as("'%s'", component).isEqualTo(expected);
      assertThat(ImageReferences.problem("registry.example.com/tank/" + component) == null)
          .as("'%s' after a host", component)
          .isEqualTo(expected);
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
