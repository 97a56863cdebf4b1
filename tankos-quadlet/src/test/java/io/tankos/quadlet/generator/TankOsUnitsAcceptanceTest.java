package io.tankos.quadlet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.podman.PullPolicy;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.DropIn;
import io.tankos.quadlet.QuadletSet;
import io.tankos.quadlet.Restart;
import io.tankos.quadlet.SystemdValue;
import io.tankos.quadlet.UserNs;
import io.tankos.quadlet.secret.SecretMount;
import io.tankos.quadlet.tankos.TankOsUnits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Tank-OS units (tank-os.md: {@code openclaw.container}, {@code service-gator.container} and
 * the secrets drop-in written for user 1000) are accepted by both generator versions in user mode,
 * and the podman command lines carry the values as written.
 */
class TankOsUnitsAcceptanceTest {

  /** tank-os.md's units, built with the typed builders. */
  static FileTree tankOsUnits() {
    // exactly what `tankos render` writes under rootfs/etc/containers/systemd/users/1000/
    return TankOsUnits.defaultSet().toFileTree();
  }

  @Test
  void tankOsUnitsAreAcceptedByBothGeneratorsInUserMode() {
    FileTree units = tankOsUnits();
    assertThat(units.paths())
        .containsExactly(
            "openclaw.container", "openclaw.container.d/10-secrets.conf", "service-gator.container");
    Map<QuadletBinary, GeneratorResult> results =
        GeneratorAssertions.acceptedByBothVersionsInUserMode(units);

    results.forEach(
        (binary, r) -> {
          String start = execStart(r.service("openclaw.service").orElseThrow());
          List<String> argv = SystemdCommand.of(start).argv();
          assertThat(argv)
              .as("%s", binary)
              .containsSubsequence("--secret", "anthropic_api_key,type=env,target=ANTHROPIC_API_KEY")
              .containsSubsequence("--userns", "keep-id")
              .endsWith(
                  "ghcr.io/openclaw/openclaw:latest",
                  "node", "dist/index.js", "gateway", "--allow-unconfigured", "--bind", "lan",
                  "--port", "18789");
        });
  }

  /** The typed Tank-OS factory, two agents on one host, each with its secrets drop-in. */
  @Test
  void tankOsFactoryUnitsForTwoAgentsAreAcceptedByBothGenerators() {
    ContainerUnit work = TankOsUnits.openclaw("openclaw-work", "ghcr.io/openclaw/openclaw:latest", 18789).build();
    ContainerUnit research =
        TankOsUnits.openclaw("openclaw-research", "ghcr.io/openclaw/openclaw:latest", 18790).build();
    QuadletSet set =
        QuadletSet.builder()
            .unit(work)
            .dropIn(TankOsUnits.secretsDropIn(work, List.of("anthropic_api_key")))
            .unit(research)
            .dropIn(TankOsUnits.secretsDropIn(research, List.of("openai_api_key", "telegram_bot_token")))
            .build();

    Map<QuadletBinary, GeneratorResult> results =
        GeneratorAssertions.acceptedByBothVersionsInUserMode(set.toFileTree());

    results.forEach(
        (binary, r) -> {
          List<String> argv =
              SystemdCommand.of(execStart(r.service("openclaw-research.service").orElseThrow())).argv();
          assertThat(argv)
              .as("%s", binary)
              .containsSubsequence("--secret", "openai_api_key,type=env,target=OPENAI_API_KEY")
              .containsSubsequence("--secret", "telegram_bot_token,type=env,target=TELEGRAM_BOT_TOKEN")
              .doesNotContain("anthropic_api_key,type=env,target=ANTHROPIC_API_KEY")
              .endsWith("gateway", "--allow-unconfigured", "--bind", "lan", "--port", "18790");
        });
  }

  /**
   * A preset adjusted through its builder (set semantics: one Image=, one Description=, an
   * environment variable replaced, one removed, TimeoutStartSec= as written), its set rendered for
   * each generator's own version.
   */
  @Test
  void anAdjustedPresetReachesBothGeneratorsAsAdjusted() {
    ContainerUnit agent = TankOsUnits.openclaw(TankOsUnits.OPENCLAW_IMAGE)
        .image("ghcr.io/openclaw/openclaw:2026.1")
        .description("OpenClaw, pinned")
        .environment("HOME", "/srv/node")
        .removeEnvironment("TERM")
        .timeoutStartSec("1200")
        .build();
    QuadletSet set = TankOsUnits.defaultSet().toBuilder().unit(agent).build();
    for (QuadletBinary binary : QuadletBinary.both()) {
      PodmanVersion version = PodmanVersion.parse(binary.version());
      FileTree units = set.toFileTree(version, TargetPolicy.STRICT);
      GeneratorResult r = GeneratorAssertions.acceptedBy(List.of(binary), GeneratorMode.USER, units).get(binary);
      String service = r.service("openclaw.service").orElseThrow();
      List<String> argv = SystemdCommand.of(execStart(service)).argv();
      assertThat(argv)
          .as("%s", binary)
          .containsSubsequence("--env", "HOME=/srv/node")
          .doesNotContain("HOME=/home/node", "TERM=xterm-256color", TankOsUnits.OPENCLAW_IMAGE)
          .containsOnlyOnce("ghcr.io/openclaw/openclaw:2026.1");
      assertThat(service).as("%s", binary).contains("Description=OpenClaw, pinned\n", "TimeoutStartSec=1200\n");
    }
  }

  @Test
  void theAssertionFailsWhenOneGeneratorRejectsAUnit() {
    FileTree broken =
        tankOsUnits().toBuilder()
            .file("bad.container", "[Container]\nImage=quay.io/x/y:1\nNoSuchKey=1\n")
            .build();
    QuadletBinary.both(); // skip here, not inside the assertion, when the generators are missing

    assertThatThrownBy(() -> GeneratorAssertions.acceptedByBothVersionsInUserMode(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("unsupported key 'NoSuchKey'")
        .hasMessageContaining("no bad.service generated");
  }

  @Test
  void theAssertionFailsOnAKeyTheOlderGeneratorDoesNotKnow() {
    FileTree newer =
        FileTree.builder()
            .file("web.container", "[Container]\nImage=quay.io/x/y:1\nHttpProxy=false\n")
            .build();
    String oldVersion = QuadletBinary.v54().version();

    assertThatThrownBy(() -> GeneratorAssertions.acceptedByBothVersionsInUserMode(newer))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("quadlet " + oldVersion)
        .hasMessageContaining("unsupported key 'HttpProxy'");
  }

  @Test
  void theAssertionChecksInstallSymlinks() {
    Map<QuadletBinary, GeneratorResult> results =
        GeneratorAssertions.acceptedBy(
            List.of(QuadletBinary.sid()), GeneratorMode.USER, tankOsUnits());
    assertThat(results).hasSize(1);
    GeneratorResult files =
        new QuadletGenerator(QuadletBinary.sid()).writeFiles(tankOsUnits(), GeneratorMode.USER);
    assertThat(files.symlinks())
        .containsKeys("default.target.wants/openclaw.service", "default.target.wants/service-gator.service");
  }

  static String execStart(String service) {
    return service
        .lines()
        .filter(l -> l.startsWith("ExecStart="))
        .reduce((a, b) -> b)
        .orElseThrow()
        .substring("ExecStart=".length());
  }
}
