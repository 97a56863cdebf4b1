package io.tankos.bootc.image.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generated host commands: the CLI shim, tank-openclaw-secrets and tank-os-version. */
class CliShimTest {
  private static final String SHIM = ImageScripts.OPENCLAW;

  @TempDir Path dir;

  private ScriptSandbox asAgent() throws Exception {
    return ScriptSandbox.workAndResearch(dir);
  }

  private ScriptSandbox asOther() throws Exception {
    return new ScriptSandbox(
        dir,
        ImageScripts.render(
            ScriptFixtures.workAndResearch("agent-" + ScriptFixtures.ME, ScriptSandbox.home(dir).toString())));
  }

  private static List<String> exec(String container, String... args) {
    List<String> out = new ArrayList<>(List.of("podman", "exec", "-i", container, "openclaw"));
    out.addAll(List.of(args));
    return out;
  }

  @Test
  void theFirstInstanceIsTheDefault() throws Exception {
    ScriptSandbox box = asAgent().running("openclaw-work");

    ScriptSandbox.Run run = box.run(SHIM, "status", "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(box.calls("podman")).last().isEqualTo(exec("openclaw-work", "status", "--json"));
  }

  @Test
  void instanceAndContainerOptionsPickTheContainerAndArgumentsPassVerbatim() throws Exception {
    ScriptSandbox box = asAgent().running("openclaw-research").running("openclaw-work");

    assertThat(box.run(SHIM, "--instance", "research", "say", "two words", "$HOME", "").exit()).isZero();
    assertThat(box.calls("podman")).last()
        .isEqualTo(exec("openclaw-research", "say", "two words", "$HOME", ""));

    assertThat(box.run(SHIM, "--instance=work", "--", "--instance", "research").exit()).isZero();
    assertThat(box.calls("podman")).last()
        .isEqualTo(exec("openclaw-work", "--instance", "research"));

    assertThat(box.run(SHIM, "--container=openclaw-research", "x").exit()).isZero();
    assertThat(box.calls("podman")).last().isEqualTo(exec("openclaw-research", "x"));

    assertThat(box.run(SHIM, "--container", "openclaw-work").exit()).isZero();
    assertThat(box.calls("podman")).last().isEqualTo(exec("openclaw-work"));
  }

  @Test
  void anUnknownInstanceOrContainerIsRefusedClearly() throws Exception {
    ScriptSandbox box = asAgent().running("openclaw-work");

    ScriptSandbox.Run run = box.run(SHIM, "--instance", "nope", "status");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("openclaw: unknown instance 'nope' (instances: work research)\n");

    ScriptSandbox.Run container = box.run(SHIM, "--container", "openclaw");
    assertThat(container.exit()).isEqualTo(2);
    assertThat(container.err()).contains("unknown container 'openclaw'");

    assertThat(box.run(SHIM, "--instance").exit()).isEqualTo(2);
    assertThat(box.calls()).isEmpty();
  }

  @Test
  void aStoppedInstanceSaysHowToStartIt() throws Exception {
    ScriptSandbox box = asAgent();

    ScriptSandbox.Run run = box.run(SHIM, "--instance", "research", "status");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("systemctl --user start openclaw-research.service");
    assertThat(box.calls("podman")).noneMatch(c -> c.get(1).equals("exec"));
  }

  @Test
  void anotherUserIsHandedToTheAgentUserWithItsEnvironment() throws Exception {
    ScriptSandbox box = asOther();

    ScriptSandbox.Run run = box.run(SHIM, "--instance", "research", "say", "two words");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(box.calls("podman")).isEmpty();
    assertThat(delegated(box))
        .endsWith(
            "/usr/local/bin/openclaw", "--instance", "research", "--", "say", "two words");
  }

  @Test
  void tankOpenclawSecretsRunsTheSyncAsTheAgentUser() throws Exception {
    ScriptSandbox box = asOther();

    ScriptSandbox.Run run = box.run(ImageScripts.TANK_OPENCLAW_SECRETS, "--list");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(delegated(box)).endsWith("/usr/libexec/tank-os/sync-podman-secrets", "--list");
  }

  @Test
  void tankOsVersionPrintsTheReleaseFile() throws Exception {
    Path release = Files.writeString(dir.resolve("tank-os-release"), "VERSION=1.2.3\nNAME=tank-os\n");
    ScriptInputs in =
        new ScriptInputs(ScriptFixtures.ME, 1000, ScriptSandbox.home(dir).toString(), release.toString(),
            List.of(ScriptFixtures.openclaw()));
    ScriptSandbox box = new ScriptSandbox(dir, ImageScripts.render(in));

    ScriptSandbox.Run run = box.run(ImageScripts.TANK_OS_VERSION);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("VERSION=1.2.3\nNAME=tank-os\n");
  }

  /** The one runuser (from root) or sudo (otherwise) call, checked up to the delegated command. */
  private List<String> delegated(ScriptSandbox box) {
    List<List<String>> calls = new ArrayList<>(box.calls("runuser"));
    calls.addAll(box.calls("sudo"));
    assertThat(calls).hasSize(1);
    List<String> call = calls.get(0);
    String home = ScriptSandbox.home(dir).toString();
    assertThat(call.subList(0, 10))
        .containsExactly(
            "root".equals(ScriptFixtures.ME) ? "runuser" : "sudo",
            "-u",
            "agent-" + ScriptFixtures.ME,
            "--",
            "env",
            "HOME=" + home,
            "USER=agent-" + ScriptFixtures.ME,
            "LOGNAME=agent-" + ScriptFixtures.ME,
            "XDG_RUNTIME_DIR=/run/user/1000",
            "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus");
    return call.subList(10, call.size());
  }
}
