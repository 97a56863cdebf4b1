package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.secret.SecretValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingRunnerTest {

  @Test
  void recordsInvocationsWithSecretsAsMarkers() {
    RecordingRunner runner =
        new RecordingRunner()
            .onPrefix("podman", "secret", "create")
            .reply(RecordingRunner.Reply.success());
    SecretValue key = SecretValue.of("api_key", "s3cr3t-value");

    runner.runChecked(
        Command.builder("podman", "secret", "create", "api_key", "-")
            .stdin(Stdin.concat(Stdin.of("prefix:"), Stdin.secret(key), Stdin.of("\n")))
            .env("CONTAINERS_CONF", "/etc/c.conf")
            .removeEnv("DOCKER_HOST")
            .workingDirectory(Path.of("work"))
            .timeout(Duration.ofSeconds(5))
            .build());

    Invocation invocation = runner.invocations().get(0);
    assertThat(invocation.argv()).containsExactly("podman", "secret", "create", "api_key", "-");
    assertThat(invocation.stdinText()).isEqualTo("prefix:<secret:api_key>\n");
    assertThat(invocation.stdinSecretNames()).containsExactly("api_key");
    assertThat(invocation.environment()).containsEntry("CONTAINERS_CONF", "/etc/c.conf");
    assertThat(invocation.removedEnvironment()).containsExactly("DOCKER_HOST");
    assertThat(invocation.workingDirectory()).contains(Path.of("work"));
    assertThat(invocation.timeout()).contains(Duration.ofSeconds(5));
    assertThat(invocation.toString()).doesNotContain("s3cr3t");
  }

  @Test
  void repliesDeliverLinesToTheListenerAndBuildTheResult() {
    RecordingRunner runner =
        new RecordingRunner()
            .onPrefix("podman", "version")
            .reply(
                RecordingRunner.Reply.exitCode(2)
                    .stdout("line 1\nline 2\n")
                    .stderr("warn: x\nerror: y"));
    List<OutputLine> lines = new ArrayList<>();

    CommandResult result =
        runner.run(Command.builder("podman", "version").outputListener(lines::add).build());

    assertThat(lines)
        .containsExactly(
            OutputLine.stdout("line 1"),
            OutputLine.stdout("line 2"),
            OutputLine.stderr("warn: x"),
            OutputLine.stderr("error: y"));
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).isEqualTo("line 1\nline 2\n");
    assertThat(result.stdoutLines()).containsExactly("line 1", "line 2");
    assertThat(result.stderrTail()).isEqualTo("warn: x\nerror: y");
    assertThatThrownBy(() -> runner.runChecked(Command.of("podman", "version")))
        .isInstanceOf(CommandFailedException.class)
        .hasMessageContaining("exited with code 2")
        .hasMessageContaining("error: y");
  }

  @Test
  void firstMatchingRuleWinsAndRepliesAreGivenInTurnThenRepeat() {
    RecordingRunner runner =
        new RecordingRunner()
            .on("inspect of tank", c -> c.argv().contains("tank"))
            .reply(RecordingRunner.Reply.exitCode(1), RecordingRunner.Reply.success())
            .onAnyCommand()
            .reply(RecordingRunner.Reply.exitCode(42));

    assertThat(runner.run(Command.of("podman", "inspect", "tank")).exitCode()).isEqualTo(1);
    assertThat(runner.run(Command.of("podman", "inspect", "tank")).exitCode()).isZero();
    assertThat(runner.run(Command.of("podman", "inspect", "tank")).exitCode()).isZero();
    assertThat(runner.run(Command.of("true")).exitCode()).isEqualTo(42);
    assertThat(runner.argvs()).hasSize(4);
  }

  @Test
  void anUnexpectedCommandFailsClearly() {
    RecordingRunner runner =
        new RecordingRunner().onPrefix("podman", "pull").reply(RecordingRunner.Reply.success());

    assertThatThrownBy(() -> runner.run(Command.of("podman", "push", "img:1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unexpected command podman push img:1")
        .hasMessageContaining("argv starts with podman pull");
    assertThat(runner.invocations()).hasSize(1);
    assertThatThrownBy(() -> new RecordingRunner().run(Command.of("ls")))
        .hasMessageContaining("no rules were added");
  }

  @Test
  void scriptedTimeoutThrowsTheTypedException() {
    RecordingRunner runner =
        new RecordingRunner().onAnyCommand().reply(RecordingRunner.Reply.timeout().stderr("slow"));

    assertThatThrownBy(
            () ->
                runner.run(
                    Command.builder("bootc", "upgrade").timeout(Duration.ofMinutes(1)).build()))
        .isInstanceOf(CommandTimeoutException.class)
        .hasMessageContaining("timed out after PT1M")
        .hasMessageContaining("slow");
  }

  @Test
  void repliesAreRedactedLikeRealOutputAndCapturedWithinTheCap() {
    SecretValue secret = SecretValue.of("token", "hunter2");
    RecordingRunner runner =
        new RecordingRunner()
            .onAnyCommand()
            .reply(RecordingRunner.Reply.success().stdout("0123456789").stderr("token hunter2"));
    List<OutputLine> lines = new ArrayList<>();

    CommandResult result =
        runner.run(
            Command.builder("login")
                .stdin(secret)
                .maxStdoutBytes(4)
                .outputListener(lines::add)
                .build());

    assertThat(lines).contains(OutputLine.stderr("token <redacted>"));
    assertThat(result.stderrTail()).isEqualTo("token <redacted>");
    assertThat(result.stdout()).isEqualTo("0123");
    assertThat(result.stdoutTruncated()).isTrue();
  }

  @Test
  void sideEffectsWriteTheFilesARealToolWouldBeforeTheReply(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    Path iid = dir.resolve("iid");
    Path digest = dir.resolve("digest");
    List<List<String>> seen = new ArrayList<>();
    RecordingRunner runner =
        new RecordingRunner()
            .onPrefix("podman", "build")
            .reply(
                RecordingRunner.Reply.success()
                    .writesAfterOption("--iidfile", "sha256:abc\n")
                    .effect(invocation -> seen.add(invocation.argv())))
            .onPrefix("podman", "push")
            .reply(RecordingRunner.Reply.success().writesAfterOption("--digestfile", "sha256:def"));

    runner.runChecked(Command.builder("podman", "build", "--iidfile", iid.toString(), ".").build());
    runner.runChecked(Command.builder("podman", "push", "--digestfile=" + digest, "x").build());

    assertThat(java.nio.file.Files.readString(iid)).isEqualTo("sha256:abc\n");
    assertThat(java.nio.file.Files.readString(digest)).isEqualTo("sha256:def");
    assertThat(seen).containsExactly(List.of("podman", "build", "--iidfile", iid.toString(), "."));
  }

  @Test
  void aSideEffectNamingAMissingOptionFailsWithTheCommand() {
    RecordingRunner runner =
        new RecordingRunner()
            .onAnyCommand()
            .reply(RecordingRunner.Reply.success().writesAfterOption("--iidfile", "x"));

    assertThatThrownBy(() -> runner.run(Command.builder("podman", "build", ".").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "RecordingRunner: reply writes after --iidfile but the command has no --iidfile: podman build .");
  }
}
