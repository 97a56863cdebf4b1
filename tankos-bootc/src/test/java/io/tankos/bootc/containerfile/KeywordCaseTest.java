package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SyntaxNode#lower} is {@code toLowerCase(Locale.ROOT)}, sharing the known keywords. */
class KeywordCaseTest {
  private static final String[] KEYWORDS = {"run", "copy", "add", "workdir", "shell", "env", "label", "x"};

  @Test
  void lowerIsTheRootLocaleLowerCase() {
    Random random = new Random(59);
    // the Kelvin sign and the long s change case outside ASCII; a dotted capital I lowers to two chars
    String odd = "\u212A\u017F\u0130\u00e9_1";
    for (int n = 0; n < 100_000; n++) {
      String k = KEYWORDS[random.nextInt(KEYWORDS.length)];
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < k.length(); i++) {
        char c = k.charAt(i);
        int pick = random.nextInt(10);
        b.append(pick < 4 ? c : pick < 8 ? Character.toUpperCase(c) : odd.charAt(random.nextInt(odd.length())));
      }
      String keyword = b.toString();
      assertThat(SyntaxNode.lower(keyword)).as(keyword).isEqualTo(keyword.toLowerCase(Locale.ROOT));
    }
    assertThat(SyntaxNode.lower("RUN")).isSameAs(SyntaxNode.lower("run"));
    assertThat(SyntaxNode.lower("WOR\u212ADIR")).isEqualTo("workdir");
  }
}
