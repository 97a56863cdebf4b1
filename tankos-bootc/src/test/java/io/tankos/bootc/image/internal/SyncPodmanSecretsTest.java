package io.tankos.bootc.image.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generated {@code sync-podman-secrets} against a fake Podman secret store. */
class SyncPodmanSecretsTest {
  private static final String SYNC = ImageScripts.SYNC_PODMAN_SECRETS;
  private static final List<String> RELOAD = List.of("systemctl", "--user", "daemon-reload");

  @TempDir Path dir;

  private ScriptSandbox sandbox(ScriptInputs in) throws Exception {
    return new ScriptSandbox(dir, ImageScripts.render(in));
  }

  private Path dropin(String unit) {
    return ScriptSandbox.home(dir).resolve(".config/containers/systemd/" + unit + ".d/10-secrets.conf");
  }

  @Test
  void writesADropInForEachUnitWithPresentSecretsInBothForms() throws Exception {
    ScriptSandbox box = ScriptSandbox.tankOs(dir);
    box.secret("telegram_bot_token", "t").secret("openai_api_key", "o").secret("gh_token", "g")
        .secret("unrelated", "u");

    ScriptSandbox.Run run = box.run(SYNC);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(dropin("openclaw.container")))
        .isEqualTo(
            "[Container]\n"
                + "Secret=openai_api_key,type=env,target=OPENAI_API_KEY\n"
                + "Secret=telegram_bot_token,type=env,target=TELEGRAM_BOT_TOKEN\n");
    assertThat(Files.readString(dropin("service-gator.container")))
        .isEqualTo("[Container]\nSecret=gh_token\n");
    assertThat(Files.getPosixFilePermissions(dropin("openclaw.container")))
        .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(box.calls("systemctl")).containsExactly(RELOAD);
    assertThat(box.calls("podman"))
        .containsExactly(List.of("podman", "secret", "ls", "--format", "{{.Name}}"));
    assertThat(run.out())
        .contains("wrote " + dropin("openclaw.container"))
        .contains("systemctl --user restart openclaw.service")
        .contains("systemctl --user restart service-gator.service");
    try (var files = Files.list(dropin("openclaw.container").getParent())) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void aSecondRunChangesNothingAndDoesNotReload() throws Exception {
    ScriptSandbox box = ScriptSandbox.tankOs(dir);
    box.secret("anthropic_api_key", "a").secret("jira_api_token", "j");
    assertThat(box.run(SYNC).exit()).isZero();
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(dropin("openclaw.container"), old);
    Object inode = Files.getAttribute(dropin("openclaw.container"), "unix:ino");
    box.clearCalls();

    ScriptSandbox.Run again = box.run(SYNC);

    assertThat(again.exit()).isZero();
    assertThat(again.out()).isEqualTo("secret drop-ins are up to date\n");
    assertThat(box.calls("systemctl")).isEmpty();
    assertThat(Files.getLastModifiedTime(dropin("openclaw.container"))).isEqualTo(old);
    assertThat(Files.getAttribute(dropin("openclaw.container"), "unix:ino")).isEqualTo(inode);
    try (var files = Files.list(dropin("openclaw.container").getParent())) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void aUnitWhoseSecretsAreGoneLosesItsDropIn() throws Exception {
    ScriptSandbox box = ScriptSandbox.tankOs(dir);
    box.secret("gh_token", "g").secret("gitlab_token", "l").secret("openai_api_key", "o");
    assertThat(box.run(SYNC).exit()).isZero();
    box.deleteSecret("gh_token").deleteSecret("gitlab_token");
    box.clearCalls();

    ScriptSandbox.Run run = box.run(SYNC);

    assertThat(run.exit()).isZero();
    assertThat(dropin("service-gator.container")).doesNotExist();
    assertThat(dropin("service-gator.container").getParent()).doesNotExist();
    assertThat(dropin("openclaw.container")).exists();
    assertThat(run.out()).contains("removed " + dropin("service-gator.container"));
    assertThat(box.calls("systemctl")).containsExactly(RELOAD);
  }

  @Test
  void aChangedSetOfSecretsRewritesTheDropIn() throws Exception {
    ScriptSandbox box = ScriptSandbox.tankOs(dir);
    box.secret("openai_api_key", "o");
    assertThat(box.run(SYNC).exit()).isZero();
    box.secret("anthropic_api_key", "a");
    box.clearCalls();

    assertThat(box.run(SYNC).exit()).isZero();

    assertThat(Files.readString(dropin("openclaw.container")))
        .isEqualTo(
            "[Container]\n"
                + "Secret=anthropic_api_key,type=env,target=ANTHROPIC_API_KEY\n"
                + "Secret=openai_api_key,type=env,target=OPENAI_API_KEY\n");
    assertThat(box.calls("systemctl")).containsExactly(RELOAD);
  }

  @Test
  void noReloadWritesButLeavesSystemdAlone() throws Exception {
    ScriptSandbox box = ScriptSandbox.tankOs(dir);
    box.secret("gh_token", "g");

    ScriptSandbox.Run run = box.run(SYNC, "--no-reload");

    assertThat(run.exit()).isZero();
    assertThat(dropin("service-gator.container")).exists();
    assertThat(box.calls("systemctl")).isEmpty();
    assertThat(run.out()).contains("not reloaded");
  }

  @Test
  void nothingPresentWritesNothing() throws Exception {
    ScriptSandbox box = ScriptSandbox.tankOs(dir);

    ScriptSandbox.Run run = box.run(SYNC);

    assertThat(run.exit()).isZero();
    assertThat(ScriptSandbox.home(dir).resolve(".config")).doesNotExist();
    assertThat(box.calls("systemctl")).isEmpty();
  }

  @Test
  void eachInstanceGetsItsOwnDropIns() throws Exception {
    ScriptSandbox box =
        ScriptSandbox.workAndResearch(dir);
    box.secret("work_gateway_token", "w").secret("research_ca.pem", "c").secret("gh_token", "g");

    assertThat(box.run(SYNC).exit()).isZero();

    assertThat(Files.readString(dropin("openclaw-work.container")))
        .isEqualTo("[Container]\nSecret=work_gateway_token,type=env,target=OPENCLAW_GATEWAY_TOKEN\n");
    assertThat(Files.readString(dropin("openclaw-research.container")))
        .isEqualTo("[Container]\nSecret=research_ca.pem\n");
    assertThat(Files.readString(dropin("service-gator-work.container")))
        .isEqualTo("[Container]\nSecret=gh_token\n");
  }

  @Test
  void listShowsPresentAndMissingPerInstanceAndWritesNothing() throws Exception {
    ScriptSandbox box =
        ScriptSandbox.workAndResearch(dir);
    box.secret("work_openai_api_key", "w");

    ScriptSandbox.Run run = box.run(SYNC, "--list");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "work (openclaw-work.container):\n"
                + "  present  work_openai_api_key\n"
                + "  missing  work_gateway_token\n"
                + "work service-gator (service-gator-work.container):\n"
                + "  missing  gh_token\n"
                + "research (openclaw-research.container):\n"
                + "  missing  research_anthropic_api_key\n"
                + "  missing  research_ca.pem\n");
    assertThat(ScriptSandbox.home(dir).resolve(".config")).doesNotExist();
    assertThat(box.calls("systemctl")).isEmpty();
  }

  @Test
  void anotherUserIsRefusedBeforeAnythingHappens() throws Exception {
    ScriptSandbox box =
        sandbox(ScriptFixtures.tankOs("not-" + ScriptFixtures.ME, ScriptSandbox.home(dir).toString()));
    box.secret("gh_token", "g");

    ScriptSandbox.Run run = box.run(SYNC);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("run this as not-" + ScriptFixtures.ME);
    assertThat(box.calls()).isEmpty();
    assertThat(ScriptSandbox.home(dir).resolve(".config")).doesNotExist();
  }

  @Test
  void anUnknownOptionIsRefused() throws Exception {
    ScriptSandbox box = ScriptSandbox.tankOs(dir);

    ScriptSandbox.Run run = box.run(SYNC, "--bogus");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("usage: sync-podman-secrets");
    assertThat(box.calls()).isEmpty();
  }
}
