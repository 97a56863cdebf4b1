package io.tankos.core.systemd;

import io.tankos.testkit.Agreement;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** User and group names and numeric ids are read by hand; held here to the patterns they replace. */
class ConfigFieldsNamesTest {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,30}");
  private static final Pattern ID = Pattern.compile("\\d{1,10}");

  @Test
  void theNameCheckAgreesWithThePatternOnGeneratedNames() {
    Agreement.of("configFieldNames", random -> text(random, "aZ_-09", "-9.: \u00e9\u0661", 34))
        .tries(100_000)
        .eachAnswerAtLeast(0.2)
        .check(name -> NAME.matcher(name).matches(), ConfigFields::isName);
  }

  @Test
  void theIdCheckAgreesWithThePatternOnGeneratedIds() {
    Agreement.of("configFieldIds", random -> text(random, "0123456789", "a-\u0661", 12))
        .tries(100_000)
        .eachAnswerAtLeast(0.2)
        .check(id -> ID.matcher(id).matches(), ConfigFields::isId);
  }

  /** Mostly characters of {@code usual}, now and then one of {@code odd}; up to {@code max} long. */
  private static String text(SplittableRandom random, String usual, String odd, int max) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(max + 1);
    for (int i = 0; i < length; i++) {
      String from = random.nextInt(length + 4) == 0 ? odd : usual;
      b.append(from.charAt(random.nextInt(from.length())));
    }
    return b.toString();
  }
}
