package io.tankos.cloudinit;

import io.tankos.testkit.Agreement;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-read device name of {@link NetworkConfig#isDeviceName} against the pattern it replaced. */
class NetworkConfigDeviceNameTest {
  /** The pattern the builder matched device names with before. */
  private static final Pattern INTERFACE_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,15}");
  private static final String ALPHABET = "aZ09_.:-/ \n\t@é\u0663\uff21xyzABC789`[{";

  @Test
  void readsAsThePatternDoes() {
    Agreement.of("deviceNames", NetworkConfigDeviceNameTest::text)
        .tries(200_000)
        .check(s -> INTERFACE_NAME.matcher(s).matches(), NetworkConfig::isDeviceName);
  }

  private static String text(SplittableRandom random) {
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
