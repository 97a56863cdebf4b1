package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.exec.SshTransport;
import io.tankos.core.podman.SecretDriver;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.CapturedLogs;
import io.tankos.testkit.FakeSecretHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SecretProvisioner} against a fake machine reached through a fake ssh. */
class SecretProvisionerTest {
  private static final String AS_AGENT = "runuser -u openclaw -- env XDG_RUNTIME_DIR=/run/user/1000 ";
  private static final String OPENCLAW_DROP_IN = ".config/containers/systemd/openclaw.container.d/10-secrets.conf";
  private static final String GATOR_DROP_IN = ".config/containers/systemd/service-gator.container.d/10-secrets.conf";

  @TempDir Path dir;
  private FakeSecretHost host;
  private final TankOsImage image = TankOsImage.tankOs();
  private final List<String> progress = new ArrayList<>();

  @BeforeEach
  void fakeHost() {
    host = FakeSecretHost.create(dir);
  }

  private SecretProvisioner.Builder provisioner(String login) {
    SshTransport ssh = SshTransport.builder().host("tank-01").user(login).sshExecutable(host.ssh().toString()).build();
    return SecretProvisioner.builder(ssh).progress(progress::add);
  }

  private String canary() {
    return "tankos-canary-" + Long.toHexString(System.nanoTime());
  }

  /** The calls the machine saw, without the ssh hops. */
  private List<String> agentCalls() {
    return host.calls().stream().filter(c -> !c.startsWith("ssh ")).toList();
  }

  @Test
  void pushAsRootReachesOnlyPodmansStdinThenWritesTheDropInReloadsAndRestarts() throws Exception {
    String canary = canary();
    SecretInventory after;
    try (SecretValue value = SecretValue.of("anthropic_api_key", canary)) {
      after = provisioner("root").build().push(image, "openclaw", "anthropic_api_key", value);
    }
    assertThat(Files.readString(host.home().resolve(OPENCLAW_DROP_IN)))
        .isEqualTo("[Container]\nSecret=anthropic_api_key,type=env,target=ANTHROPIC_API_KEY\n");
    assertThat(host.home().resolve(GATOR_DROP_IN)).doesNotExist();
    List<String> calls = agentCalls();
    assertThat(calls).contains("runuser -u openclaw -- env XDG_RUNTIME_DIR=/run/user/1000 podman secret create"
        + " --driver file --replace -- anthropic_api_key -");
    assertThat(calls.subList(calls.size() - 4, calls.size())).containsExactly(
        AS_AGENT + "systemctl --user daemon-reload", "systemctl --user daemon-reload",
        AS_AGENT + "systemctl --user restart -- openclaw.service", "systemctl --user restart -- openclaw.service");
    assertThat(calls.indexOf("podman secret ls --format {{.Name}}"))
        .isGreaterThan(calls.indexOf("podman secret create --driver file --replace -- anthropic_api_key -"));
    assertThat(after.present()).containsExactly("anthropic_api_key");
    assertThat(after.missing()).contains("openai_api_key", "gh_token").doesNotContain("anthropic_api_key");
    // the canary: podman's standard input, nothing else on the machine, in the logs or the progress
    assertThat(Files.readString(host.podmanStdinFile())).isEqualTo(canary + "\n");
    assertThat(host.filesContaining(canary)).containsExactly(host.podmanStdinFile());
    assertThat(CapturedLogs.lines()).noneMatch(l -> l.contains(canary));
    assertThat(progress).isNotEmpty().noneMatch(l -> l.contains(canary));
  }

  @Test
  void dropInsNameExactlyTheSecretsPresentInDeclarationOrderPerUnit() throws Exception {
    host.addSecret("telegram_bot_token");
    host.addSecret("gh_token");
    host.addSecret("unrelated");
    Path gator = host.home().resolve(GATOR_DROP_IN);
    SecretProvisioner p = provisioner("root").build();
    try (SecretValue value = SecretValue.of("openai_api_key", canary())) {
      p.push(image, "openclaw", "openai_api_key", value);
    }
    assertThat(Files.readString(host.home().resolve(OPENCLAW_DROP_IN))).isEqualTo("[Container]\n"
        + "Secret=openai_api_key,type=env,target=OPENAI_API_KEY\n"
        + "Secret=telegram_bot_token,type=env,target=TELEGRAM_BOT_TOKEN\n");
    assertThat(Files.readString(gator)).isEqualTo("[Container]\nSecret=gh_token\n");
    // removing the gator's only token removes its drop-in and restarts the gator, not the agent
    int before = host.calls().size();
    SecretInventory after = p.remove(image, "openclaw", "gh_token");
    assertThat(gator).doesNotExist();
    assertThat(after.present()).containsExactly("openai_api_key", "telegram_bot_token");
    List<String> calls = host.calls().subList(before, host.calls().size());
    assertThat(calls).contains("podman secret rm -- gh_token", "systemctl --user restart -- service-gator.service")
        .doesNotContain("systemctl --user restart -- openclaw.service");
    assertThat(calls.indexOf("systemctl --user daemon-reload"))
        .isLessThan(calls.indexOf("systemctl --user restart -- service-gator.service"));
    assertThat(p.list(image, "openclaw")).isEqualTo(after);
  }

  @Test
  void anUndeclaredSecretOrUnknownInstanceIsRefusedBeforeAnythingRuns() {
    String canary = canary();
    SecretProvisioner p = provisioner("root").build();
    try (SecretValue value = SecretValue.of("x", canary)) {
      assertThatThrownBy(() -> p.push(image, "openclaw", "aws_secret_key", value))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.location().path()).isEqualTo("SecretProvisioner.push.secret");
            assertThat(e.getMessage()).contains("openclaw", "aws_secret_key").doesNotContain(canary);
          });
      assertThatThrownBy(() -> p.push(image, "research", "anthropic_api_key", value))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.location().path()).isEqualTo("SecretProvisioner.push.instance");
            assertThat(e.getMessage()).contains("research", "openclaw").doesNotContain(canary);
          });
      assertThatThrownBy(() -> p.list(image, "research")).isInstanceOf(ValidationException.class);
    }
    assertThat(host.calls()).isEmpty();
  }

  @Test
  void aPodmanFailureIsTypedAndNeverCarriesTheValueEvenWhenPodmanEchoesIt() {
    String canary = canary();
    host.failCreate(true);
    try (SecretValue value = SecretValue.of("anthropic_api_key", canary)) {
      assertThatThrownBy(() -> provisioner("root").build().push(image, "openclaw", "anthropic_api_key", value))
          .isInstanceOfSatisfying(SecretProvisioningException.class, e -> {
            assertThat(e.instance()).isEqualTo("openclaw");
            assertThat(e.secret()).isEqualTo("anthropic_api_key");
            assertThat(e.step()).isEqualTo("podman secret create");
            assertThat(e.getMessage()).contains("exit 125", "<redacted>");
            for (Throwable t = e; t != null; t = t.getCause()) {
              assertThat(String.valueOf(t.getMessage())).doesNotContain(canary);
              assertThat(t.toString()).doesNotContain(canary);
            }
          });
    }
    assertThat(agentCalls()).noneMatch(c -> c.startsWith("systemctl"));
    assertThat(host.home().resolve(OPENCLAW_DROP_IN)).doesNotExist();
    assertThat(host.filesContaining(canary)).containsExactly(host.podmanStdinFile());
    assertThat(CapturedLogs.lines()).noneMatch(l -> l.contains(canary));
  }

  @Test
  void aSystemdFailureNamesTheStep() {
    host.failSystemctl(true);
    try (SecretValue value = SecretValue.of("gh_token", canary())) {
      assertThatThrownBy(() -> provisioner("root").build().push(image, "openclaw", "gh_token", value))
          .isInstanceOfSatisfying(SecretProvisioningException.class,
              e -> assertThat(e.step()).isEqualTo("systemctl --user daemon-reload"));
    }
    assertThat(host.home().resolve(GATOR_DROP_IN)).exists();
  }

  @Test
  void podmanWithoutReplaceRemovesThenCreates() {
    host.podmanVersion("4.3.1");
    host.addSecret("anthropic_api_key");
    try (SecretValue value = SecretValue.of("anthropic_api_key", canary())) {
      provisioner("root").build().push(image, "openclaw", "anthropic_api_key", value);
    }
    List<String> calls = agentCalls();
    int rm = calls.indexOf("podman secret rm -- anthropic_api_key");
    int create = calls.indexOf("podman secret create --driver file -- anthropic_api_key -");
    assertThat(rm).isNotNegative().isLessThan(create);
  }

  @Test
  void theAgentLoginRunsDirectlyAnotherLoginThroughSudoAndPassSelectsItsDriver() {
    try (SecretValue value = SecretValue.of("anthropic_api_key", canary())) {
      provisioner("openclaw").access(AgentAccess.DIRECT).driver(SecretDriver.PASS).build()
          .push(image, "openclaw", "anthropic_api_key", value);
      assertThat(agentCalls()).noneMatch(c -> c.startsWith("runuser") || c.startsWith("sudo"))
          .contains("podman secret create --driver pass --replace -- anthropic_api_key -");
      int before = host.calls().size();
      provisioner("admin").access(AgentAccess.SUDO).build().push(image, "openclaw", "anthropic_api_key", value);
      assertThat(host.calls().subList(before, host.calls().size())).contains(
          "sudo -n -H -u openclaw -- env XDG_RUNTIME_DIR=/run/user/1000 podman secret create --driver file --replace"
              + " -- anthropic_api_key -",
          "sudo -n -H -u openclaw -- env XDG_RUNTIME_DIR=/run/user/1000 systemctl --user daemon-reload");
    }
  }
}
