package io.tankos.quadlet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.fs.FileTree;
import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Tank-OS units (tank-os.md: {@code openclaw.container}, {@code service-gator.container} and
 * the secrets drop-in written for user 1000) are accepted by both generator versions in user mode,
 * and the podman command lines carry the values as written.
 */
class TankOsUnitsAcceptanceTest {

  static FileTree tankOsUnits() {
    UnitFile openclaw =
        UnitFile.builder()
            .section(
                Section.builder("Unit")
                    .add("Description", "OpenClaw agent")
                    .add("After", "network-online.target")
                    .build())
            .section(
                Section.builder("Container")
                    .add("Image", "ghcr.io/openclaw/openclaw:latest")
                    .add("ContainerName", "openclaw")
                    .add("Pull", "newer")
                    .add("RunInit", "true")
                    .add("UserNS", "keep-id")
                    .add("Network", "host")
                    .add("User", "%U:%G")
                    .add("Volume", "%h/.openclaw:/home/node/.openclaw:Z")
                    .add("Environment", "HOME=/home/node")
                    .add("Environment", "NODE_ENV=production")
                    .add("Environment", "OPENCLAW_GATEWAY_PORT=18789")
                    .add("EnvironmentFile", "%h/.openclaw/openclaw.env")
                    .add("Exec", "node dist/index.js gateway --port 18789 --bind lan")
                    .build())
            .section(
                Section.builder("Service")
                    .add("ExecStartPre", "/usr/bin/mkdir -p %h/.openclaw")
                    .add("TimeoutStartSec", "900")
                    .add("Restart", "on-failure")
                    .build())
            .section(Section.builder("Install").add("WantedBy", "default.target").build())
            .build();
    UnitFile gator =
        UnitFile.builder()
            .section(Section.builder("Unit").add("Description", "service-gator MCP server").build())
            .section(
                Section.builder("Container")
                    .add("Image", "ghcr.io/cgwalters/service-gator:latest")
                    .add("ContainerName", "service-gator")
                    .add("PublishPort", "127.0.0.1:8080:8080")
                    .add("Volume", "%h/.config/service-gator:/config:Z")
                    .add("Volume", "%h/.local/share/service-gator:/data:Z")
                    .add("Environment", "GH_TOKEN_FILE=/run/secrets/gh_token")
                    .add("Environment", "GITLAB_TOKEN_FILE=/run/secrets/gitlab_token")
                    .add("Exec", "--config /config/config.toml --listen 0.0.0.0:8080")
                    .build())
            .section(
                Section.builder("Service")
                    .add("ExecStartPre", "/usr/bin/mkdir -p %h/.config/service-gator")
                    .add("Restart", "on-failure")
                    .build())
            .section(Section.builder("Install").add("WantedBy", "default.target").build())
            .build();
    UnitFile secrets =
        UnitFile.builder()
            .section(
                Section.builder("Container")
                    .add("Secret", "anthropic_api_key,type=env,target=ANTHROPIC_API_KEY")
                    .build())
            .build();
    return FileTree.builder()
        .file("openclaw.container", openclaw.render())
        .file("openclaw.container.d/10-secrets.conf", secrets.render())
        .file("service-gator.container", gator.render())
        .build();
  }

  @Test
  void tankOsUnitsAreAcceptedByBothGeneratorsInUserMode() {
    Map<QuadletBinary, GeneratorResult> results =
        GeneratorAssertions.acceptedByBothVersionsInUserMode(tankOsUnits());

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
                  "node", "dist/index.js", "gateway", "--port", "18789", "--bind", "lan");
        });
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
    java.nio.file.Path dir = TempDirs.create("accept");
    GeneratorResult files;
    try {
      java.nio.file.Path units = dir.resolve("units");
      tankOsUnits().writeTo(units);
      files = new QuadletGenerator(QuadletBinary.sid()).writeFiles(units, GeneratorMode.USER);
    } finally {
      TempDirs.delete(dir);
    }
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
