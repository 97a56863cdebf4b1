package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tankos upgrade}, {@code tankos switch} and {@code tankos rollback} against a fake bootc. */
class BootcUpdateCommandsTest {
  @TempDir Path dir;
  private final StringBuilder out = new StringBuilder();
  private final StringBuilder err = new StringBuilder();
  private Path bootc;
  private Path calls;

  /** A bootc that records its argv (one line per call) and answers like the real one. */
  @BeforeEach
  void fakeBootc() throws Exception {
    calls = dir.resolve("calls");
    bootc = dir.resolve("bootc");
    Files.writeString(bootc, String.join("\n",
        "#!/bin/sh",
        "printf '%s|' \"$@\" >> '" + calls + "'; echo >> '" + calls + "'",
        "case \"$1 $2\" in",
        "  'upgrade --check') echo 'Update available for: docker://localhost/tank-os:1'; echo '  Version: 43.1'; echo '  Digest: sha256:abcd';;",
        "  upgrade*) echo 'Fetching layers'; echo 'Queued for next boot: localhost/tank-os:1';;",
        "  switch*) for a; do last=$a; done; echo \"Queued for next boot: $last\";;",
        "  rollback*) echo 'error: No rollback available' >&2; exit 1;;",
        "esac",
        ""));
    Files.setPosixFilePermissions(bootc, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Runs the command; what it prints adds to what earlier runs of the test printed. */
  private int run(String... args) {
    CliRunner r = CliRunner.run(dir, args);
    out.append(r.out);
    err.append(r.err);
    return r.status;
  }

  private String out() {
    return out.toString();
  }

  private String err() {
    return err.toString();
  }

  private List<String> calls() throws Exception {
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  @Test
  void upgradeStreamsBootcsProgressToStderr() throws Exception {
    assertThat(run("upgrade", "--apply", "--bootc", bootc.toString())).as(err()).isEqualTo(0);
    assertThat(calls()).containsExactly("upgrade|--apply|");
    assertThat(err()).isEqualTo("Fetching layers\nQueued for next boot: localhost/tank-os:1\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void upgradeCheckReportsTheUpdate() throws Exception {
    assertThat(run("upgrade", "--check", "--bootc", bootc.toString())).as(err()).isEqualTo(0);
    assertThat(calls()).containsExactly("upgrade|--check|");
    assertThat(out()).isEqualTo("update available: docker://localhost/tank-os:1 version 43.1 sha256:abcd\n");
  }

  @Test
  void switchPutsTheImageAfterDoubleDash() throws Exception {
    assertThat(run("switch", "--apply", "--transport", "containers-storage", "--bootc", bootc.toString(),
        "localhost/tank-os:2")).as(err()).isEqualTo(0);
    assertThat(calls()).hasSize(1);
    assertThat(calls().get(0)).startsWith("switch|").endsWith("|--|localhost/tank-os:2|")
        .contains("|--apply|").contains("containers-storage");
    assertThat(err()).contains("Queued for next boot: localhost/tank-os:2");
  }

  @Test
  void rollbackFailureIsOneLineAndExitOne() throws Exception {
    assertThat(run("rollback", "--bootc", bootc.toString())).isEqualTo(1);
    assertThat(calls()).containsExactly("rollback|");
    assertThat(err()).startsWith("tankos rollback: ").contains("No rollback available").doesNotContain("\tat ");
  }

  @Test
  void usageErrorsRunNothing() throws Exception {
    assertThat(run("upgrade", "--check", "--apply", "--bootc", bootc.toString())).isEqualTo(2);
    assertThat(err()).contains("--check takes no other upgrade option");
    assertThat(run("upgrade", "--download-only", "--apply", "--bootc", bootc.toString())).isEqualTo(2);
    assertThat(run("upgrade", "--user", "core", "--bootc", bootc.toString())).isEqualTo(2);
    assertThat(run("switch", "--bootc", bootc.toString())).isEqualTo(2);
    assertThat(run("rollback", "extra", "--bootc", bootc.toString())).isEqualTo(2);
    assertThat(run("upgrade", "--soft-reboot", "sometimes", "--bootc", bootc.toString())).isEqualTo(2);
    assertThat(calls()).isEmpty();
  }

  @Test
  void hostileOperandsNeverReachBootcOrSsh() throws Exception {
    assertThat(run("switch", "--bootc", bootc.toString(), "--", "--apply")).isNotZero();
    assertThat(run("switch", "--bootc", bootc.toString(), "-oProxyCommand=x")).isNotZero();
    assertThat(run("upgrade", "--host", "-oProxyCommand=touch " + dir.resolve("pwned"))).isNotZero();
    assertThat(run("rollback", "--host", "h", "--user", "-l")).isNotZero();
    assertThat(calls()).isEmpty();
    assertThat(dir.resolve("pwned")).doesNotExist();
    assertThat(err()).doesNotContain("\tat ");
  }
}
