package io.tankos.bootc.image.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generated {@code ExecStartPre=} scripts in a temporary home. */
class BootstrapScriptsTest {
  @TempDir Path dir;

  private ScriptSandbox sandbox() throws Exception {
    return ScriptSandbox.workAndResearch(dir);
  }

  @Test
  void openclawCreatesStateAndEnvFilePrivatelyThenSyncs() throws Exception {
    ScriptSandbox box = sandbox().secret("research_ca.pem", "c");
    Path home = box.home();

    ScriptSandbox.Run run = box.run(ImageScripts.BOOTSTRAP_OPENCLAW, "research");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.getPosixFilePermissions(home.resolve(".openclaw-research")))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    Path env = home.resolve(".config/research/openclaw.env");
    assertThat(Files.getPosixFilePermissions(env))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(env)).matches("OPENCLAW_GATEWAY_TOKEN=[0-9a-f]{64}\n");
    assertThat(run.out()).doesNotContain(Files.readString(env).substring(23, 87));
    assertThat(home.resolve(".config/containers/systemd/openclaw-research.container.d/10-secrets.conf"))
        .hasContent("[Container]\nSecret=research_ca.pem");
    assertThat(home.resolve(".openclaw-work")).doesNotExist();
  }

  @Test
  void openclawKeepsWhatExists() throws Exception {
    ScriptSandbox box = sandbox();
    Path home = box.home();
    assertThat(box.run(ImageScripts.BOOTSTRAP_OPENCLAW, "work").exit()).isZero();
    Path env = home.resolve(".openclaw-work/openclaw.env");
    String token = Files.readString(env);
    Files.writeString(home.resolve(".openclaw-work/openclaw.json"), "{}");

    ScriptSandbox.Run again = box.run(ImageScripts.BOOTSTRAP_OPENCLAW, "work");

    assertThat(again.exit()).isZero();
    assertThat(Files.readString(env)).isEqualTo(token);
    assertThat(home.resolve(".openclaw-work/openclaw.json")).hasContent("{}");
    assertThat(again.out()).doesNotContain("created");
  }

  @Test
  void serviceGatorCreatesItsConfigurationThenSyncs() throws Exception {
    ScriptSandbox box = sandbox().secret("gh_token", "g");
    Path config = box.home().resolve(".config/service-gator-work");

    ScriptSandbox.Run run = box.run(ImageScripts.BOOTSTRAP_SERVICE_GATOR, "work");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.getPosixFilePermissions(config))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    JsonNode scopes = new ObjectMapper().readTree(config.resolve("scopes.json").toFile());
    assertThat(scopes.path("scopes").path("gh").path("repos").isObject()).isTrue();
    assertThat(scopes.path("scopes").path("forgejo").isArray()).isTrue();
    assertThat(box.home().resolve(
            ".config/containers/systemd/service-gator-work.container.d/10-secrets.conf"))
        .hasContent("[Container]\nSecret=gh_token");
  }

  @Test
  void unknownInstancesAndMissingArgumentsAreRefused() throws Exception {
    ScriptSandbox box = sandbox();

    ScriptSandbox.Run noGator = box.run(ImageScripts.BOOTSTRAP_SERVICE_GATOR, "research");
    assertThat(noGator.exit()).isEqualTo(2);
    assertThat(noGator.err())
        .isEqualTo("bootstrap-service-gator: unknown instance 'research' (instances: work)\n");
    assertThat(box.run(ImageScripts.BOOTSTRAP_OPENCLAW, "nope").exit()).isEqualTo(2);
    assertThat(box.run(ImageScripts.BOOTSTRAP_OPENCLAW).exit()).isEqualTo(2);
    assertThat(box.run(ImageScripts.BOOTSTRAP_OPENCLAW, "work", "research").exit()).isEqualTo(2);
    try (var files = Files.list(box.home())) {
      assertThat(files).isEmpty();
    }
    assertThat(box.calls()).isEmpty();
  }
}
