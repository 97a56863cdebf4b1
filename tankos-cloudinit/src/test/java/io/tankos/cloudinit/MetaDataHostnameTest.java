package io.tankos.cloudinit;

import io.tankos.testkit.Agreement;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-read host name of {@link MetaData#isHostname} against its pattern. */
class MetaDataHostnameTest {
  private static final String ALPHABET = "aZ09.-_ \n\t:/é\u0663\uff21xyzABC789";

  @Test
  void readsAsThePatternDoes() {
    Agreement.of("hostnames", MetaDataHostnameTest::text)
        .tries(200_000)
        .check(s -> MetaData.HOSTNAME.matcher(s).matches(), MetaData::isHostname);
  }

  private static String text(SplittableRandom random) {
    int[] lengths = {0, 1, 2, 3, 5, 8, 252, 253, 254, 255};
    int n = random.nextInt(3) == 0 ? lengths[random.nextInt(lengths.length)] : random.nextInt(20);
    int mode = random.nextInt(3); // 0: any characters, 1: host name characters, 2: one other
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      String from = mode == 0 ? ALPHABET : "abcXYZ059.-";
      b.append(from.charAt(random.nextInt(from.length())));
    }
    if (mode == 2 && n > 0) {
      b.setCharAt(random.nextInt(n), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
