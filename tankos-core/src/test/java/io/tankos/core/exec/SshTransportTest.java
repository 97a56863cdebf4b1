package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.exec.internal.PosixShell;
import io.tankos.core.secret.SecretValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote command line survives the remote shell: each quoted line is run through {@code sh -c}
 * locally, which is what sshd does with it, and the words must arrive intact.
 */
class SshTransportTest {
  private static final List<String> HOSTILE =
      List.of(
          "two words",
          "it's",
          "\"double\"",
          "$HOME",
          "${PATH}",
          "`id`",
          "$(id)",
          "back\\slash",
          "line\nbreak",
          "*",
          "?",
          "[a]",
          ";",
          "&&",
          "|",
          ">",
          "<",
          "#comment",
          "~",
          "-n",
          "--",
          "ünïcødé → 日本 ✓",
          "",
          " ",
          "'",
          "''",
          "\\'",
          "\t",
          "!",
          "%s",
          "a=b");

  private final CommandRunner local = CommandRunner.local();

  @Test
  void quotedWordsArriveIntactThroughAPosixShell() {
    assertThat(throughShell(HOSTILE)).isEqualTo(HOSTILE);
  }

  @Test
  void anyWordListSurvivesTheShell() {
    Seeded.cases("anyWordListSurvivesTheShell", wordLists())
        .tries(50)
        .check(words -> assertThat(throughShell(words)).isEqualTo(words));
  }

  private static Gen<List<String>> wordLists() {
    return Gen.strings(Chars.range(1, 127).plus(Chars.of("éü日本→✓")), 0, 12).list(1, 20);
  }

  /** Runs {@code sh -c "printf '%s\0' WORDS"} with the quoted words, returns what printf got. */
  private List<String> throughShell(List<String> words) {
    List<String> argv = new ArrayList<>(List.of("printf", "%s\\0"));
    argv.addAll(words);
    String line = SshTransport.remoteCommandLine(Command.builder(argv).build());
    CommandResult result = local.runChecked(Command.of("sh", "-c", line));
    String out = result.stdout();
    assertThat(out).endsWith("\0");
    return Arrays.asList(out.substring(0, out.length() - 1).split("\0", -1));
  }

  @Test
  void sshArgvHasOptionsThenDoubleDashThenHostThenTheQuotedLine() {
    SshTransport ssh =
        SshTransport.builder()
            .host("tank-01")
            .user("core")
            .port(2222)
            .identityFile(Path.of("keys/id_ed25519"))
            .option("StrictHostKeyChecking", "accept-new")
            .build();

    Command remote = ssh.sshCommand(Command.of("podman", "secret", "create", "it's", "-"));

    assertThat(remote.argv())
        .containsExactly(
            "ssh",
            "-p",
            "2222",
            "-i",
            "keys/id_ed25519",
            "-l",
            "core",
            "-o",
            "StrictHostKeyChecking=accept-new",
            "-o",
            "BatchMode=yes",
            "--",
            "tank-01",
            "'podman' 'secret' 'create' 'it'\\''s' '-'");
  }

  @Test
  void directoryAndEnvironmentAreAppliedRemotely() {
    Command command =
        Command.builder("sh", "-c", "pwd; echo \"$A|${HOME-unset}\"")
            .workingDirectory(Path.of("/"))
            .env("A", "x y'z")
            .removeEnv("HOME")
            .build();

    String line = SshTransport.remoteCommandLine(command);

    assertThat(line).startsWith("cd '/' && 'env' '-u' 'HOME' '--' 'A=x y'\\''z' 'sh'");
    assertThat(local.runChecked(Command.of("sh", "-c", line)).stdout())
        .isEqualTo("/\nx y'z|unset\n");
  }

  @Test
  void endToEndThroughAFakeSshStdinAndSecretsPassThrough(@TempDir Path dir) throws Exception {
    // a stand-in for ssh: skips options up to "--", takes the host, runs the line like sshd does
    Path fakeSsh = dir.resolve("fake-ssh");
    Files.writeString(
        fakeSsh,
        "#!/bin/sh\n"
            + "printf '%s\\n' \"$@\" > \"$0.argv\"\n"
            + "while [ \"$1\" != -- ]; do shift; done\n"
            + "shift; host=$1; shift\n"
            + "exec sh -c \"$*\"\n");
    Files.setPosixFilePermissions(fakeSsh, PosixFilePermissions.fromString("rwx------"));
    SshTransport ssh =
        SshTransport.builder().host("tank-01").sshExecutable(fakeSsh.toString()).build();
    SecretValue secret = SecretValue.of("api_key", "canary-ssh-123");

    CommandResult result =
        ssh.runChecked(
            Command.builder(
                    "sh",
                    "-c",
                    "IFS= read -r s; printf '%s|%s\\n' \"$1\" \"${#s}\"",
                    "arg0",
                    "$x 'q' `id`")
                .stdin(Stdin.concat(Stdin.secret(secret), Stdin.of("\n")))
                .build());

    assertThat(result.stdout()).isEqualTo("$x 'q' `id`|14\n");
    // the canary is in no argv element's text, neither as tankos ran ssh nor as ssh received it
    assertThat(result.argv()).isNotEmpty().allSatisfy(a -> assertThat(a).doesNotContain("canary-ssh-123"));
    assertThat(Files.readString(dir.resolve("fake-ssh.argv")))
        .contains("tank-01")
        .doesNotContain("canary-ssh-123");
  }

  @Test
  void aSecretInTheEnvironmentIsRefusedBecauseSshWouldPutItInArgv() {
    String canary = "sk-ssh-env-canary-51";
    io.tankos.core.secret.SecretValue secret = io.tankos.core.secret.SecretValue.of("api_key", canary);
    SshTransport ssh = SshTransport.builder().host("h").build();
    // a secret in the environment is refused by the command itself, local or remote
    assertThatThrownBy(() -> Command.builder("podman", "build", ".").env("TOKEN", canary).redact(secret).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TOKEN")
        .hasMessageNotContaining(canary);
    Command withRedactedText = Command.builder("true").env("PASS", "x" + canary).redact(canary).build();
    assertThatThrownBy(() -> ssh.sshCommand(withRedactedText)).hasMessageNotContaining(canary);
    // plain values still travel as before
    java.util.List<String> argv = ssh.sshCommand(Command.builder("true").env("A", "1").build()).argv();
    assertThat(argv.get(argv.size() - 1)).contains("'A=1'");
  }

  @Test
  void hostileHostUserAndOptionsAreRefused() {
    assertThatThrownBy(() -> SshTransport.builder().host("-oProxyCommand=x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start with '-'");
    assertThatThrownBy(() -> SshTransport.builder().user("a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whitespace");
    assertThatThrownBy(() -> SshTransport.builder().option("Proxy Command", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SshTransport.builder().option("ProxyCommand", "a\nb"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SshTransport.builder().build())
        .hasMessageContaining("host is required");
    assertThatThrownBy(() -> PosixShell.quote("nul\0"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void userOptionsComeFirstSoTheyWinOverDefaults() {
    SshTransport ssh = SshTransport.builder().host("h").option("BatchMode", "no").build();
    assertThat(ssh.sshCommand(Command.of("true")).argv())
        .containsExactly("ssh", "-o", "BatchMode=no", "--", "h", "'true'");
  }
}
