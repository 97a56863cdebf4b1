package io.tankos.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitSyntaxKeyTest {
  /** The key rule read by code point, as systemd's and Go's code do. */
  private static String byCodePoint(String key) {
    for (int i = 0; i < key.length(); ) {
      int c = key.codePointAt(i);
      if (c == '=') {
        return "key cannot contain '='";
      }
      if (UnitSyntax.isControl(c)) {
        return "key cannot contain control characters (at index " + i + ")";
      }
      i += Character.charCount(c);
    }
    return null;
  }

  @Test
  void keysCheckedCharByCharAsByCodePoint() {
    // surrogate pairs, lone halves, C0 and C1 controls, DEL, '=' and letters, anywhere in the key
    String[] pieces = {"a", "Z", "=", "\t", "\u0001", "\u007f", "\u0085", "\u009f", "\u00a0", "\u00e9",
        "\ud83d\ude00", "\ud83d", "\ude00", "\u2028", "-", "%"};
    Random random = new Random(23);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder key = new StringBuilder("K");
      for (int n = random.nextInt(8); n > 0; n--) {
        key.append(pieces[random.nextInt(pieces.length)]);
      }
      key.append('k');
      String k = key.toString();
      String problem = UnitSyntax.keyProblem(k);
      if (problem == null || !problem.startsWith("key cannot start")) {
        assertThat(problem).as("%s", k.codePoints().boxed().toList()).isEqualTo(byCodePoint(k));
      }
    }
  }
}
