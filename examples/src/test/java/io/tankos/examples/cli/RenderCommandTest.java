package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path dir;

  private static final String UNITS = "out/rootfs/etc/containers/systemd/users/1000/";

  @Test
  void rendersTheAgentUnitsForUser1000() throws Exception {
    CliRunner r = CliRunner.run(dir, "render", "--out", "out");
    assertThat(r.status).as(r.err).isZero();
    assertThat(Files.readString(dir.resolve(UNITS + "openclaw.container")))
        .contains("Image=ghcr.io/openclaw/openclaw:latest", "UserNS=keep-id", "User=%U:%G",
            "Volume=%h/.openclaw:/home/node/.openclaw:Z", "WantedBy=default.target");
    assertThat(Files.readString(dir.resolve(UNITS + "openclaw.container.d/10-secrets.conf")))
        .isEqualTo("[Container]\nSecret=anthropic_api_key,type=env,target=ANTHROPIC_API_KEY\n");
    assertThat(Files.readString(dir.resolve(UNITS + "service-gator.container")))
        .contains("PublishPort=127.0.0.1:8080:8080", "Environment=GH_TOKEN_FILE=/run/secrets/gh_token");
  }

  @Test
  void rendersTheSameBytesTwice() throws Exception {
    CliRunner.run(dir, "render", "--out", "a");
    CliRunner.run(dir, "render", "--out", "b");
    for (String f : new String[] {"openclaw.container", "service-gator.container", "openclaw.container.d/10-secrets.conf"}) {
      String rel = "rootfs/etc/containers/systemd/users/1000/" + f;
      assertThat(Files.readAllBytes(dir.resolve("a/" + rel))).isEqualTo(Files.readAllBytes(dir.resolve("b/" + rel)));
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    CliRunner r = CliRunner.run(dir, "render");
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err).contains("--out DIR is required", "usage: tankos render --out DIR");
    assertThat(CliRunner.run(dir, "render", "--bogus").status).isEqualTo(2);
    assertThat(CliRunner.run(dir, "no-such-command").status).isEqualTo(2);
    assertThat(CliRunner.run(dir).status).isEqualTo(2);
  }

  @Test
  void helpListsTheCommands() {
    CliRunner r = CliRunner.run(dir, "--help");
    assertThat(r.status).isZero();
    assertThat(r.out).contains("render --out DIR");
  }
}
