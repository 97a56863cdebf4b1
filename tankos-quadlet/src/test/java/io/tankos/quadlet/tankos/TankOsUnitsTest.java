package io.tankos.quadlet.tankos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.DropIn;
import io.tankos.quadlet.QuadletSet;
import io.tankos.testkit.RealTools;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TankOsUnitsTest {

  @Test
  void openclawUnitAndSecretsDropIn() {
    ContainerUnit agent = TankOsUnits.openclaw("ghcr.io/openclaw/openclaw:2026.1").build();
    String text = agent.render();
    assertThat(text)
        .contains("ContainerName=openclaw\n", "Pull=newer\n", "RunInit=true\n", "UserNS=keep-id\n",
            "Network=host\n", "User=%U:%G\n", "Volume=%h/.openclaw:/home/node/.openclaw:Z\n",
            "EnvironmentFile=%h/.openclaw/openclaw.env\n",
            "Exec=node dist/index.js gateway --allow-unconfigured --bind lan --port 18789\n",
            "ExecStartPre=/usr/libexec/tank-os/bootstrap-openclaw\n", "TimeoutStartSec=900\n",
            "Restart=on-failure\n", "WantedBy=default.target\n");
    DropIn secrets = TankOsUnits.secretsDropIn(agent, List.of("anthropic_api_key", "telegram_bot_token"));
    assertThat(secrets.path()).isEqualTo("openclaw.container.d/10-secrets.conf");
    assertThat(secrets.render()).isEqualTo("[Container]\n"
        + "Secret=anthropic_api_key,type=env,target=ANTHROPIC_API_KEY\n"
        + "Secret=telegram_bot_token,type=env,target=TELEGRAM_BOT_TOKEN\n");
    FileTree tree = TankOsUnits.LOCATION.tree(TankOsUnits.set(agent, secrets));
    assertThat(tree.paths()).containsExactly(
        "etc/containers/systemd/users/1000/openclaw.container",
        "etc/containers/systemd/users/1000/openclaw.container.d/10-secrets.conf");
    assertThatThrownBy(() -> TankOsUnits.secretsDropIn(agent, List.of("anthropic_api_key", "nope")))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("openclaw.container.d/10-secrets.conf.Secret[1]: unknown Tank-OS secret 'nope'");
  }

  @Test
  void defaultSetHasTheAgentServiceGatorAndTheSecretsDropIn() {
    FileTree tree = TankOsUnits.LOCATION.tree(TankOsUnits.defaultSet());
    assertThat(tree.paths()).containsExactly(
        "etc/containers/systemd/users/1000/openclaw.container",
        "etc/containers/systemd/users/1000/openclaw.container.d/10-secrets.conf",
        "etc/containers/systemd/users/1000/service-gator.container");
    assertThat(tree.text("etc/containers/systemd/users/1000/service-gator.container").orElseThrow())
        .contains("PublishPort=127.0.0.1:8080:8080\n", "SecurityLabelLevel=s0\n",
            "Environment=GH_TOKEN_FILE=/run/secrets/gh_token\n",
            "Exec=--mcp-server 0.0.0.0:8080 --scope-file /etc/service-gator/scopes.json\n");
  }

  @Test
  void severalAgentsDoNotCollide() {
    ContainerUnit work = TankOsUnits.openclaw("openclaw-work", "ghcr.io/openclaw/openclaw:1", 18790).build();
    ContainerUnit research = TankOsUnits.openclaw("openclaw-research", "ghcr.io/openclaw/openclaw:1", 18791)
        .build();
    QuadletSet set = QuadletSet.builder().unit(work).unit(research).build();
    assertThat(set.toFileTree().paths()).containsExactly("openclaw-research.container",
        "openclaw-work.container");
    assertThat(research.render()).contains("Volume=%h/.openclaw-research:/home/node/.openclaw:Z");
  }

  @ParameterizedTest
  @CsvSource({"quadlet.5.4.path, 5.4", "quadlet.sid.path, 5.8"})
  void realGeneratorAcceptsTheAgentInUserMode(String key, PodmanVersion version, @TempDir Path dir)
      throws Exception {
    Path quadlet = RealTools.get().requireExecutable(key);
    ContainerUnit agent = TankOsUnits.openclaw("ghcr.io/openclaw/openclaw:2026.1").build();
    TankOsUnits.set(agent, TankOsUnits.secretsDropIn(agent, List.of("openai_api_key")))
        .toFileTree(version, TargetPolicy.STRICT).writeTo(dir.resolve("u"));
    List<String> argv = io.tankos.quadlet.RealQuadletSmokeTestAccess.execStart(
        quadlet, dir.resolve("u"), "openclaw.service", true);
    assertThat(argv).containsSubsequence("--secret", "openai_api_key,type=env,target=OPENAI_API_KEY");
    assertThat(argv).containsSubsequence("--user", "<%U>:<%G>");
    assertThat(argv).containsSubsequence("--env-file", "<HOME>/.openclaw/openclaw.env");
    assertThat(argv.subList(argv.size() - 9, argv.size()))
        .containsExactly("ghcr.io/openclaw/openclaw:2026.1", "node", "dist/index.js", "gateway",
            "--allow-unconfigured", "--bind", "lan", "--port", "18789");
  }
}
