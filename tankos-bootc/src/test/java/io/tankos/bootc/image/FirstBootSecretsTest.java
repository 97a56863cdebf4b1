package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.cloudinit.CloudCommand;
import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.cloudinit.WriteFile;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.FakeSecretHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FirstBootSecrets}: the value only in the user-data, and the first-boot step run against fakes. */
class FirstBootSecretsTest {
  @TempDir Path dir;
  private final TankOsImage image = TankOsImage.tankOs();

  @Test
  void theValueIsOnlyInTheUserDataAndTheFirstBootStepFeedsItToPodmansStdin() throws Exception {
    String canary = "tankos-canary-boot-" + Long.toHexString(System.nanoTime());
    String encoded = Base64.getEncoder().encodeToString(canary.getBytes(StandardCharsets.UTF_8));
    FirstBootSecrets.Builder b;
    FirstBootSecrets secrets;
    NoCloudSeed seed;
    try (SecretValue key = SecretValue.of("anthropic_api_key", canary);
        SecretValue token = SecretValue.of("gh_token", canary + "-gh")) {
      b = FirstBootSecrets.builder(image).secret("openclaw", "anthropic_api_key", key).secret("openclaw", "gh_token", token);
      secrets = b.build();
      seed = secrets.seed();
      seed.toFileTree().writeTo(dir.resolve("seed"));
      assertThat(secrets.userData()).isEqualTo(seed.userData().bytes());
    }
    for (Object o : List.of(b, secrets, seed)) {
      assertThat(o.toString()).doesNotContain(canary).doesNotContain(encoded);
    }
    assertThat(secrets.toString()).contains("openclaw/anthropic_api_key", "openclaw/gh_token");
    assertThat(filesContaining(dir.resolve("seed"), encoded)).containsExactly(dir.resolve("seed").toRealPath().resolve("user-data"));
    assertThat(filesContaining(dir.resolve("seed"), canary)).isEmpty();
    // the image's own user-data is kept; the secret steps come after its runcmd (linger)
    String userData = Files.readString(dir.resolve("seed/user-data"));
    CloudConfig config = CloudConfig.parse("user-data", userData);
    CloudConfig original = CloudConfig.parse("user-data", new String(image.seed().userData().bytes(), StandardCharsets.UTF_8));
    assertThat(config.users()).isEqualTo(original.users());
    assertThat(config.runcmd().subList(0, original.runcmd().size())).isEqualTo(original.runcmd());
    CloudCommand step = config.runcmd().get(config.runcmd().size() - 1);
    assertThat(step.argvList()).noneMatch(a -> a.contains(canary) || a.contains(encoded));
    assertThat(step.argvList().subList(3, step.argvList().size())).containsExactly("tank-os-first-boot-secrets",
        "openclaw", "1000", "file", FirstBootSecrets.DIRECTORY, "anthropic_api_key", "gh_token", "--",
        "openclaw.service", "service-gator.service");
    List<WriteFile> files = config.writeFiles();
    assertThat(files).extracting(f -> f.path().orElseThrow()).containsExactly(
        FirstBootSecrets.DIRECTORY + "/anthropic_api_key", FirstBootSecrets.DIRECTORY + "/gh_token");
    assertThat(files.get(0).permissions()).contains("0600");

    // run the step as cloud-init would, against the fakes, with the files where write_files puts them
    FakeSecretHost host = FakeSecretHost.create(dir.resolve("host"));
    Path waiting = Files.createDirectories(dir.resolve("host/run-secrets"));
    for (WriteFile f : files) {
      String path = f.path().orElseThrow();
      Files.write(waiting.resolve(path.substring(path.lastIndexOf('/') + 1)), f.content());
    }
    List<String> argv = new ArrayList<>(step.argvList());
    argv.set(argv.indexOf(FirstBootSecrets.DIRECTORY), waiting.toString());
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    pb.environment().put("PATH", host.bin() + ":" + System.getenv("PATH"));
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    assertThat(Files.readString(host.podmanStdinFile())).isEqualTo(canary + "\n" + canary + "-gh\n");
    assertThat(waiting).doesNotExist();
    assertThat(host.calls()).contains(
        "runuser -u openclaw -- env XDG_RUNTIME_DIR=/run/user/1000 podman secret create --driver file -- anthropic_api_key -",
        "systemctl --user restart service-gator.service");
    assertThat(host.filesContaining(canary)).containsExactly(host.podmanStdinFile());
    assertThat(output).doesNotContain(canary);
  }

  @Test
  void undeclaredSecretsUnknownInstancesRepeatsAndEmptyValuesAreRefused() {
    try (SecretValue v = SecretValue.of("x", "value")) {
      FirstBootSecrets.Builder b = FirstBootSecrets.builder(image);
      assertThatThrownBy(() -> b.secret("openclaw", "aws_key", v)).isInstanceOfSatisfying(ValidationException.class,
          e -> assertThat(e.location().path()).isEqualTo("FirstBootSecrets.secret"));
      assertThatThrownBy(() -> b.secret("work", "anthropic_api_key", v)).isInstanceOfSatisfying(
          ValidationException.class, e -> assertThat(e.location().path()).isEqualTo("FirstBootSecrets.instance"));
      b.secret("openclaw", "anthropic_api_key", v);
      assertThatThrownBy(() -> b.secret("openclaw", "anthropic_api_key", v))
          .hasMessageContaining("already given").hasMessageNotContaining("value");
      try (SecretValue empty = SecretValue.of("e", new byte[0])) {
        assertThatThrownBy(() -> b.secret("openclaw", "gh_token", empty)).hasMessageContaining("1 to 511999 bytes");
      }
    }
  }

  private static List<Path> filesContaining(Path root, String text) throws Exception {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root.toRealPath())) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        if (new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(text)) {
          found.add(p);
        }
      }
    }
    return found;
  }
}
