package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-read device name of {@link NetworkConfig#isDeviceName} against the pattern it replaced. */
class NetworkConfigDeviceNameTest {
  private static final long SEED = 20261207L;
  /** The pattern the builder matched device names with before. */
  private static final Pattern INTERFACE_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,15}");
  private static final String ALPHABET = "aZ09_.:-/ \n\t@é\u0663\uff21xyzABC789`[{";

  @Test
  void readsAsThePatternDoes() {
    Random random = new Random(SEED);
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 200_000; i++) {
      String s = text(random);
      boolean expected = INTERFACE_NAME.matcher(s).matches();
      assertThat(NetworkConfig.isDeviceName(s)).as("seed %d text %d '%s'", SEED, i, s).isEqualTo(expected);
      if (expected) {
        accepted++;
      } else {
        refused++;
      }
    }
    assertThat(accepted).isGreaterThan(10_000);
    assertThat(refused).isGreaterThan(10_000);
  }

  private static String text(Random random) {
    int n = random.nextInt(3) == 0 ? random.nextInt(3) + 14 : random.nextInt(18);
    int mode = random.nextInt(3); // 0: any characters, 1: device name characters, 2: one other
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      String from = mode == 0 ? ALPHABET : "abcXYZ059_.:-";
      b.append(from.charAt(random.nextInt(from.length())));
    }
    if (mode == 2 && n > 0) {
      b.setCharAt(random.nextInt(n), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
