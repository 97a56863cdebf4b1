package io.tankos.bootc.image.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Checks rendered scripts with {@code bash -n} and the shape every script shares. */
final class BashSyntax {
  private BashSyntax() {}

  /** Asserts every script parses ({@code bash -n}) and has the common header and line endings. */
  static void assertValid(Map<String, String> scripts, Path dir)
      throws IOException, InterruptedException {
    for (Map.Entry<String, String> e : scripts.entrySet()) {
      String text = e.getValue();
      assertThat(text).as(e.getKey()).startsWith("#!/bin/bash\n").contains("\nset -euo pipefail\n")
          .endsWith("\n").doesNotContain("\r").doesNotContain("\n\n\n");
      Path file = Files.createTempFile(dir, "script", ".sh");
      Files.writeString(file, text);
      Process p =
          new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(e.getKey() + ": " + out + "\n" + text).isZero();
    }
  }
}
