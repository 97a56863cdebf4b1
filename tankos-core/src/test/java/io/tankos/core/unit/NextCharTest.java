package io.tankos.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NextCharTest {
  /** The first {@code c} in {@code s[from, to)} the plain way. */
  private static int naive(String s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void answersAsAPlainSearchOfTheRangeForLinesInOrderAndOutOfOrder() {
    Random random = new Random(17);
    for (int round = 0; round < 3_000; round++) {
      char[] chars = new char[random.nextInt(60)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = "ab=\n\0é".charAt(random.nextInt(6));
      }
      String text = new String(chars);
      char c = random.nextBoolean() ? '=' : '\0';
      NextChar next = new NextChar(text, c);
      int from = 0;
      for (int q = 0; q < 20; q++) {
        // mostly forward, as a parser reads lines; sometimes back to an earlier line
        from = random.nextInt(8) == 0 ? random.nextInt(text.length() + 1)
            : Math.min(text.length(), from + random.nextInt(6));
        int to = from + random.nextInt(text.length() - from + 1);
        assertThat(next.in(from, to)).as("%s in [%d, %d) of %s", (int) c, from, to, text)
            .isEqualTo(naive(text, c, from, to));
      }
    }
  }
}
