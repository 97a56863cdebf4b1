package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * A secret may only go to standard input: a command carrying one of its secrets' value in argv or
 * the environment is refused (with a location, never the value), and what a {@link RecordingRunner}
 * records and answers is redacted.
 */
class SecretPlacementTest {
  private static final String CANARY = "sk-placement-canary-7781";

  @Test
  void aSecretValueInArgvIsRefusedWithItsPosition() {
    SecretValue secret = SecretValue.of("api_key", CANARY);
    assertThatThrownBy(() -> Command.builder("tool", "--token", CANARY).redact(secret).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.location().toString()).isEqualTo("command.argv[2]");
              assertThat(e.getMessage()).contains("api_key").contains("stdin").doesNotContain(CANARY);
            });
    // also inside a longer word, and for a secret given as stdin
    assertThatThrownBy(
            () -> Command.builder("tool", "--token=" + CANARY).stdin(secret).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageNotContaining(CANARY);
  }

  @Test
  void aSecretValueInTheEnvironmentIsRefusedWithItsName() {
    SecretValue secret = SecretValue.of("api_key", CANARY);
    assertThatThrownBy(() -> Command.builder("tool").env("TOKEN", "x" + CANARY).stdin(secret).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.location().toString()).isEqualTo("command.env.TOKEN");
              assertThat(e.getMessage()).contains("inherited").doesNotContain(CANARY);
            });
  }

  @Test
  void plainTextsToRedactMayStillAppearInArgvButAreRecordedRedacted() {
    RecordingRunner runner =
        new RecordingRunner()
            .onAnyCommand()
            .reply(RecordingRunner.Reply.success().stdout("token " + CANARY + "\n").stderr("e " + CANARY));
    Command command =
        Command.builder("tool", "--token", CANARY).env("HINT", "uses " + CANARY).redact(CANARY).build();
    CommandResult result = runner.run(command);

    Invocation recorded = runner.invocations().get(0);
    assertThat(recorded.argv()).containsExactly("tool", "--token", "<redacted>");
    assertThat(recorded.environment()).containsEntry("HINT", "uses <redacted>");
    assertThat(result.stdout()).isEqualTo("token <redacted>\n");
    assertThat(result.stderrTail()).isEqualTo("e <redacted>");
  }

  @Test
  void aDestroyedSecretIsNoLongerCheckedOrRedacted() {
    SecretValue secret = SecretValue.of("api_key", CANARY);
    Command.Builder builder = Command.builder("tool", "plain").redact(secret);
    secret.destroy();
    assertThat(builder.build().argv()).containsExactly("tool", "plain");
  }
}
