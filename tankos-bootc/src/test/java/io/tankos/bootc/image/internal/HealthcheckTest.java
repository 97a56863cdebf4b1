package io.tankos.bootc.image.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generated {@code healthcheck} with a fake curl and systemctl, and without curl. */
class HealthcheckTest {
  private static final String CHECK = ImageScripts.HEALTHCHECK;
  private static final List<String> RESTART =
      List.of("systemctl", "--user", "restart", "openclaw-research.service");

  @TempDir Path dir;

  private ScriptSandbox sandbox() throws Exception {
    return ScriptSandbox.workAndResearch(dir);
  }

  @Test
  void anAnsweringGatewayIsLeftRunning() throws Exception {
    ScriptSandbox box = sandbox();

    ScriptSandbox.Run run = box.run(CHECK, "research");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(box.calls("curl"))
        .containsExactly(List.of("curl", "-sS", "--max-time", "10", "-o", "/dev/null",
            "http://127.0.0.1:18790/"));
    assertThat(box.calls("systemctl")).doesNotContain(RESTART);
  }

  @Test
  void aSilentGatewayIsRestartedAfterThreeTries() throws Exception {
    ScriptSandbox box = sandbox().curlExit(7);

    ScriptSandbox.Run run = box.run(CHECK, "research");

    assertThat(run.exit()).isZero();
    assertThat(box.calls("curl")).hasSize(3);
    assertThat(box.calls("systemctl")).last().isEqualTo(RESTART);
    assertThat(run.err()).contains("restarting openclaw-research.service");
  }

  @Test
  void aStoppedInstanceIsNotCheckedAndAFailedOneIsRestarted() throws Exception {
    ScriptSandbox box = sandbox().curlExit(7).state("inactive");

    assertThat(box.run(CHECK, "research").exit()).isZero();
    assertThat(box.calls("curl")).isEmpty();
    assertThat(box.calls("systemctl")).doesNotContain(RESTART);

    box.state("failed");
    assertThat(box.run(CHECK, "research").exit()).isZero();
    assertThat(box.calls("systemctl")).last().isEqualTo(RESTART);
  }

  @Test
  void anUnknownInstanceIsRefused() throws Exception {
    ScriptSandbox box = sandbox();

    ScriptSandbox.Run run = box.run(CHECK, "nope");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown instance 'nope'");
    assertThat(box.calls()).isEmpty();
  }

  @Test
  void withoutCurlAListeningPortCountsAndAClosedOneRestarts() throws Exception {
    ServerSocket server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    InstanceInputs one =
        ImageScriptsTest.copy(ScriptFixtures.openclaw(), "openclaw", server.getLocalPort(), List.of());
    ScriptSandbox box =
        new ScriptSandbox(
            dir,
            ImageScripts.render(
                new ScriptInputs(ScriptFixtures.ME, 1000, ScriptSandbox.home(dir).toString(),
                    "/etc/tank-os-release", List.of(one))));
    Path bin = Files.createDirectories(dir.resolve("nocurl"));
    for (String tool : List.of("bash", "cat", "timeout", "sleep")) {
      wrapper(bin.resolve(tool), which(tool));
    }
    wrapper(bin.resolve("systemctl"), box.fakeBin().resolve("systemctl").toString());
    String path = bin.toString();
    try {
      assertThat(box.runWithPath(path, CHECK, "openclaw").exit()).isZero();
      assertThat(box.calls("systemctl")).hasSize(1);
    } finally {
      server.close();
    }

    ScriptSandbox.Run closed = box.runWithPath(path, CHECK, "openclaw");

    assertThat(closed.exit()).isZero();
    assertThat(box.calls("systemctl")).last()
        .isEqualTo(List.of("systemctl", "--user", "restart", "openclaw.service"));
  }

  /** A script that runs {@code target}: PATH gets exactly the tools the test allows. */
  private static void wrapper(Path file, String target) throws java.io.IOException {
    Files.writeString(file, "#!/bin/bash\nexec " + ShellText.quote(target) + " \"$@\"\n");
    Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static String which(String tool) {
    for (String d : List.of("/usr/bin", "/bin")) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return d + "/" + tool;
      }
    }
    throw new AssertionError(tool + " not found");
  }
}
