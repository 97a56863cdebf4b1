package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.fs.FileTree;
import io.tankos.core.unit.ExecWords;
import io.tankos.quadlet.generator.GeneratorAssertions;
import io.tankos.quadlet.generator.GeneratorResult;
import io.tankos.quadlet.generator.QuadletBinary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The image's Quadlets as Podman's real generators (quadlet 5.4.2 and 5.8.6, {@code -user}) read
 * them: every unit accepted, and the default instance's Podman commands are Tank-OS's ({@code
 * openclaw.container} and {@code service-gator.container} at {@code 184f798^}): its volumes with
 * {@code :Z}, its environment, host network, keep-id user namespace, gateway command; its {@code
 * After=}/{@code Wants=} lines and {@code TimeoutStartSec=900} and {@code 300} as written.
 */
class TankOsQuadletsRealToolsTest {

  /** The Quadlet directory of the build context, as the generator sees it on the machine. */
  private static FileTree quadlets(TankOsImage image) {
    FileTree quadlets = ImageFixtures.subtree(image.buildContext(), "rootfs/etc/containers/systemd/users/"
        + image.user().uid());
    assertThat(quadlets.paths()).isNotEmpty().allMatch(p -> p.endsWith(".container"));
    return quadlets;
  }

  @Test
  void theDefaultInstanceMakesTankOsPodmanCommands() {
    Map<QuadletBinary, GeneratorResult> results =
        GeneratorAssertions.acceptedByBothVersionsInUserMode(quadlets(TankOsImage.tankOs()));
    results.forEach((binary, r) -> {
      String agent = r.service("openclaw.service").orElseThrow();
      assertThat(execStart(agent)).as("%s", binary)
          .containsSubsequence("--name", "openclaw")
          .containsSubsequence("--pull", "newer")
          .contains("--init")
          .containsSubsequence("--userns", "keep-id")
          .containsSubsequence("--network", "host")
          .containsSubsequence("--user", "%U:%G")
          .containsSubsequence("-v", "%h/.openclaw:/home/node/.openclaw:Z")
          .containsSubsequence("--env", "HOME=/home/node")
          .containsSubsequence("--env", "TERM=xterm-256color")
          .containsSubsequence("--env", "NPM_CONFIG_CACHE=/home/node/.openclaw/.npm")
          .containsSubsequence("--env", "OPENCLAW_NO_RESPAWN=1")
          .containsSubsequence("--env-file", "%h/.openclaw/openclaw.env")
          .doesNotContain("--secret", "--publish")
          .endsWith("ghcr.io/openclaw/openclaw:latest", "node", "dist/index.js", "gateway", "--allow-unconfigured",
              "--bind", "lan", "--port", "18789");
      assertThat(agent).as("%s", binary).contains(
          "After=openshell-gateway.service\n", "Wants=openshell-gateway.service\n", "TimeoutStartSec=900\n",
          "Restart=on-failure\n", "ExecStartPre=/usr/libexec/tank-os/bootstrap-openclaw openclaw\n");
      String gator = r.service("service-gator.service").orElseThrow();
      assertThat(execStart(gator)).as("%s", binary)
          .containsSubsequence("--name", "service-gator")
          .containsSubsequence("--pull", "newer")
          .contains("--init")
          .containsSubsequence("-v", "%h/.config/service-gator:/etc/service-gator:Z")
          .containsSubsequence("-v", "%h/.openclaw:/workspaces:Z")
          .containsSubsequence("--env", "GH_TOKEN_FILE=/run/secrets/gh_token")
          .containsSubsequence("--env", "GITLAB_TOKEN_FILE=/run/secrets/gitlab_token")
          .containsSubsequence("--env", "FORGEJO_TOKEN_FILE=/run/secrets/forgejo_token")
          .containsSubsequence("--env", "JIRA_API_TOKEN_FILE=/run/secrets/jira_api_token")
          .containsSubsequence("--publish", "127.0.0.1:8080:8080")
          .doesNotContain("--secret", "--security-opt")
          .endsWith("ghcr.io/cgwalters/service-gator:latest", "--mcp-server", "0.0.0.0:8080", "--scope-file",
              "/etc/service-gator/scopes.json");
      assertThat(gator).as("%s", binary).contains("After=network-online.target\n", "TimeoutStartSec=300\n",
          "Restart=on-failure\n");
    });
  }

  @Test
  void theMultiInstanceUnitsAreAcceptedWithTheirOwnPortsAndDirectories() {
    TankOsImage image = ImageFixtures.multiInstance();
    Map<QuadletBinary, GeneratorResult> results = GeneratorAssertions.acceptedByBothVersionsInUserMode(quadlets(image));
    results.forEach((binary, r) -> {
      assertThat(r.services().keySet()).as("%s", binary)
          .containsExactlyInAnyOrder("work.service", "work-gator.service", "research.service", "research-gator.service");
      assertThat(execStart(r.service("research.service").orElseThrow())).as("%s", binary)
          .containsSubsequence("--name", "research")
          .containsSubsequence("-v", "%h/.research:/home/node/.openclaw:Z")
          .containsSubsequence("--env-file", "%h/.research/openclaw.env")
          .containsSubsequence("--env", "GH_TOKEN_FILE=/run/secrets/research_gh_token")
          .endsWith("--port", "18790");
      assertThat(execStart(r.service("research-gator.service").orElseThrow())).as("%s", binary)
          .containsSubsequence("--publish", "127.0.0.1:8081:8080")
          .containsSubsequence("-v", "%h/.config/research-gator:/etc/service-gator:Z")
          .containsSubsequence("-v", "%h/.research:/workspaces:Z");
      assertThat(execStart(r.service("work.service").orElseThrow())).as("%s", binary).endsWith("--port", "18789");
    });
  }

  /** The last {@code ExecStart=} of a generated service, split as systemd splits it. */
  static List<String> execStart(String service) {
    String line = service.lines().filter(l -> l.startsWith("ExecStart=")).reduce((a, b) -> b).orElseThrow();
    return ExecWords.split(line.substring("ExecStart=".length()));
  }
}
