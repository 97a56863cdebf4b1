package io.tankos.bootc.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.Invocation;
import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.exec.RecordingRunner.Reply;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HostFiles} through a recording runner: the exact argv and stdin, and a content canary. */
class HostFilesRecordingTest {
  private static final String CANARY = "tankos-canary-7f3e9a";

  @Test
  void writeRunsTheConstantScriptWithPathAndOptionsAsArguments() {
    RecordingRunner r = new RecordingRunner().onAnyCommand().reply(Reply.success());
    HostFiles.on(r).write(HostPath.of("~/.config/x.conf"), "[Container]\n",
        WriteOptions.builder().mode(0600).owner("openclaw", "wheel").parents(true).build());
    HostFiles.on(r).write(HostPath.of("/etc/a b"), new byte[] {1, 2}, WriteOptions.defaults());
    Invocation first = r.invocations().get(0);
    assertThat(first.argv()).containsExactly("sh", "-c", HostFiles.WRITE_SCRIPT, "tankos-write",
        "~/.config/x.conf", "0600", "openclaw:wheel", "1");
    assertThat(first.stdinText()).isEqualTo("[Container]\n");
    assertThat(first.environment()).isEmpty();
    assertThat(r.invocations().get(1).argv()).containsExactly("sh", "-c", HostFiles.WRITE_SCRIPT,
        "tankos-write", "/etc/a b", "0644", "", "0");
    assertThat(r.invocations().get(1).stdinBytes()).containsExactly(1, 2);
  }

  @Test
  void readAndDeleteRunTheirScripts() {
    RecordingRunner r = new RecordingRunner()
        .onPrefix("sh", "-c", HostFiles.READ_SCRIPT).reply(Reply.success().stdout("v1\n"))
        .onPrefix("sh", "-c", HostFiles.DELETE_SCRIPT).reply(Reply.success().stdout("deleted\n"),
            Reply.success());
    HostFiles files = HostFiles.on(r);
    assertThat(files.readString(HostPath.of("/etc/tank-os-release"))).isEqualTo("v1\n");
    assertThat(files.read(HostPath.of("/etc/tank-os-release"), 3)).hasSize(3);
    assertThatThrownBy(() -> files.read(HostPath.of("/etc/tank-os-release"), 2))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.location().path()).isEqualTo("HostFiles.read.path");
          assertThat(e.getMessage()).contains("/etc/tank-os-release is larger than 2 bytes");
        });
    assertThat(files.delete(HostPath.of("~/x"))).isTrue();
    assertThat(files.delete(HostPath.of("~/x"))).isFalse();
    assertThat(r.argvs()).containsExactly(
        List.of("sh", "-c", HostFiles.READ_SCRIPT, "tankos-read", "/etc/tank-os-release", "1048577"),
        List.of("sh", "-c", HostFiles.READ_SCRIPT, "tankos-read", "/etc/tank-os-release", "4"),
        List.of("sh", "-c", HostFiles.READ_SCRIPT, "tankos-read", "/etc/tank-os-release", "3"),
        List.of("sh", "-c", HostFiles.DELETE_SCRIPT, "tankos-delete", "~/x"),
        List.of("sh", "-c", HostFiles.DELETE_SCRIPT, "tankos-delete", "~/x"));
  }

  @Test
  void theScriptsNeverContainAValue() {
    for (String script : List.of(HostFiles.WRITE_SCRIPT, HostFiles.READ_SCRIPT,
        HostFiles.DELETE_SCRIPT)) {
      assertThat(script).doesNotContain("/etc").doesNotContain(CANARY).startsWith("set -eu\n");
    }
  }

  @Test
  void contentReachesOnlyStdinEvenWhenTheWriteFails() {
    RecordingRunner r = new RecordingRunner().onAnyCommand()
        .reply(Reply.exitCode(1).stderr("mktemp: failed to create file via template"));
    HostFiles files = HostFiles.on(r);
    HostPath path = HostPath.of("/nowhere/secret.env");
    assertThatThrownBy(() -> files.write(path, "TOKEN=" + CANARY + "\n", WriteOptions.defaults()))
        .isInstanceOfSatisfying(CommandFailedException.class, e -> {
          assertThat(e.getMessage()).doesNotContain(CANARY).contains("/nowhere/secret.env")
              .contains("exited with code 1");
          assertThat(e.argv()).noneMatch(a -> a.contains(CANARY));
        });
    try (SecretValue secret = SecretValue.of("token", CANARY)) {
      assertThatThrownBy(() -> files.write(path, secret, WriteOptions.defaults()))
          .isInstanceOfSatisfying(CommandFailedException.class,
              e -> assertThat(e.getMessage()).doesNotContain(CANARY));
    }
    Invocation plain = r.invocations().get(0);
    assertThat(plain.stdinText()).isEqualTo("TOKEN=" + CANARY + "\n");
    for (Invocation i : r.invocations()) {
      assertThat(i.argv()).noneMatch(a -> a.contains(CANARY));
      assertThat(i.environment().toString()).doesNotContain(CANARY);
      assertThat(i.toString()).doesNotContain(CANARY);
    }
    assertThat(r.invocations().get(1).stdinSecretNames()).containsExactly("token");
    assertThat(new String(r.invocations().get(1).stdinBytes(), StandardCharsets.UTF_8))
        .doesNotContain(CANARY);
  }
}
