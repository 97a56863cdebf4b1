package io.tankos.bootc.image.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secret values sit in the fake store (and the fake answers {@code podman secret inspect} with
 * them); after every script ran, no value is in a written file, an output or a recorded argv.
 */
class SecretCanaryScriptsTest {
  @TempDir Path dir;

  @Test
  void noSecretValueLeavesTheStore() throws Exception {
    ScriptInputs in = ScriptFixtures.workAndResearch(ScriptFixtures.ME, ScriptSandbox.home(dir).toString());
    ScriptSandbox box = new ScriptSandbox(dir, ImageScripts.render(in));
    List<String> canaries = new ArrayList<>();
    for (InstanceInputs it : in.instances()) {
      for (SecretBinding s : concat(it.secrets(), it.gatorSecrets())) {
        String value = "CANARY-sk-" + s.secretName().hashCode() + "-ZX9";
        canaries.add(value);
        box.secret(s.secretName(), value);
      }
    }
    box.running("openclaw-work");
    List<ScriptSandbox.Run> runs = new ArrayList<>();
    runs.add(box.run(ImageScripts.SYNC_PODMAN_SECRETS));
    runs.add(box.run(ImageScripts.SYNC_PODMAN_SECRETS, "--list"));
    runs.add(box.run(ImageScripts.BOOTSTRAP_OPENCLAW, "work"));
    runs.add(box.run(ImageScripts.BOOTSTRAP_OPENCLAW, "research"));
    runs.add(box.run(ImageScripts.BOOTSTRAP_SERVICE_GATOR, "work"));
    runs.add(box.run(ImageScripts.HEALTHCHECK, "work"));
    runs.add(box.run(ImageScripts.OPENCLAW, "status"));
    assertThat(runs).allSatisfy(r -> assertThat(r.exit()).as(r.err()).isZero());
    assertThat(box.home().resolve(".config/containers/systemd/openclaw-work.container.d/10-secrets.conf"))
        .exists();

    StringBuilder everything = new StringBuilder();
    runs.forEach(r -> everything.append(r.out()).append(r.err()));
    box.calls().forEach(c -> everything.append(String.join(" ", c)).append('\n'));
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f) && !f.startsWith(dir.resolve("fake/store"))) {
          everything.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(everything.toString()).contains("research_anthropic_api_key");
    for (String canary : canaries) {
      assertThat(everything.toString()).doesNotContain(canary);
    }
    assertThat(box.calls("podman"))
        .allSatisfy(c -> assertThat(c.subList(1, 3)).isNotEqualTo(List.of("secret", "inspect")));
  }

  private static List<SecretBinding> concat(List<SecretBinding> a, List<SecretBinding> b) {
    List<SecretBinding> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
