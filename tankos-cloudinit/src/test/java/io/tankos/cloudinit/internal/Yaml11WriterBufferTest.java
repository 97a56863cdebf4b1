package io.tankos.cloudinit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer's reused buffer keeps no document's text after a write, small or large. */
class Yaml11WriterBufferTest {
  @Test
  void theTextHandedOnIsWipedAfterTheWriteWhetherTheBufferIsKeptOrLetGo() {
    for (int size : new int[] {10, 40_000}) { // kept (under 16K chars), and let go of (over)
      List<CharSequence> seen = new ArrayList<>();
      String secret = "password-canary-" + "x".repeat(size);
      String yaml = Yaml11.dump("#cloud-config\n", Map.of("chpasswd", Map.of("list", secret)), text -> {
        seen.add(text);
        return text.toString();
      });
      assertThat(yaml).contains(secret);
      assertThat(seen.get(0)).as("size %d", size).hasSize(0);
    }
  }
}
