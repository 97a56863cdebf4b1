package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path dir;

  private static final String UNITS = "out/rootfs/etc/containers/systemd/users/1000/";

  @Test
  void rendersTheWholeBuildContextOfTheDefaultImage() throws Exception {
    CliRunner r = CliRunner.run(dir, "render", "--out", "out");
    assertThat(r.status).as(r.err).isZero();
    assertThat(Files.readString(dir.resolve("out/Containerfile")))
        .contains("ARG BOOTC_BASE=quay.io/fedora/fedora-bootc:44\nFROM ${BOOTC_BASE}\n", "COPY rootfs/ /\n")
        .endsWith("RUN bootc container lint\n");
    assertThat(Files.readString(dir.resolve(UNITS + "openclaw.container")))
        .contains("Image=ghcr.io/openclaw/openclaw:latest", "UserNS=keep-id", "User=%U:%G",
            "Volume=%h/.openclaw:/home/node/.openclaw:Z", "TimeoutStartSec=900", "WantedBy=default.target")
        .doesNotContain("Secret=");
    assertThat(Files.readString(dir.resolve(UNITS + "service-gator.container")))
        .contains("PublishPort=127.0.0.1:8080:8080", "Environment=GH_TOKEN_FILE=/run/secrets/gh_token");
    assertThat(dir.resolve(UNITS + "openclaw.container.d")).doesNotExist();
    assertThat(Files.getPosixFilePermissions(dir.resolve("out/rootfs/etc/sudoers.d/openclaw")))
        .isEqualTo(PosixFilePermissions.fromString("r--r-----"));
    assertThat(Files.readSymbolicLink(dir.resolve("out/rootfs/etc/systemd/system/bootc-fetch-apply-updates.timer")))
        .isEqualTo(Path.of("/dev/null"));
    assertThat(Files.readString(dir.resolve("out/seed/meta-data")))
        .isEqualTo("instance-id: tank-os-local\nlocal-hostname: tank-os\n");
    assertThat(Files.readString(dir.resolve("out/bib/config.toml"))).contains("openclaw", "wheel");
    assertThat(r.out).contains("Containerfile", "rootfs/etc/tank-os-release", "seed/user-data");
  }

  @Test
  void rendersTheSameBytesTwice() throws Exception {
    CliRunner.run(dir, "render", "--out", "a");
    CliRunner.run(dir, "render", "--out", "b");
    Path a = dir.resolve("a").toRealPath(); // DIR is a link into .DIR.tankos/
    List<Path> files;
    try (Stream<Path> walk = Files.walk(a)) {
      files = walk.filter(Files::isRegularFile).map(a::relativize).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path rel : files) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(rel))).as(rel.toString())
          .isEqualTo(Files.readAllBytes(a.resolve(rel)));
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
