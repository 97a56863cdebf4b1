package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.secret.SecretValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A secret the process echoes is redacted wherever the output is cut: across the {@link
 * Command#MAX_LINE_CHARS} cut of a long line (every offset where it straddles the first cut, and
 * some around the second), across the pump's 64 KiB reads, and across a newline inside the secret;
 * in listener lines, the stderr tail and captured stdout alike, for a {@link SecretValue} and for a
 * text given to {@link Command.Builder#redact(String...)}.
 */
@EnabledOnOs(OS.LINUX)
class SplitSecretRedactionTest {
  private static final int MAX = Command.MAX_LINE_CHARS;
  private static final String SECRET = "canary-" + UUID.randomUUID(); // 43 characters

  @TempDir Path dir;

  static Stream<Arguments> offsets() {
    IntStream firstCut = IntStream.rangeClosed(MAX - SECRET.length() + 1, MAX - 1);
    IntStream others = IntStream.of(0, 1, MAX, 2 * MAX - 7, 2 * MAX - 1, 3 * MAX + 100);
    return IntStream.concat(firstCut, others)
        .boxed()
        .flatMap(start -> Stream.of(Arguments.of(start, true), Arguments.of(start, false)));
  }

  @ParameterizedTest(name = "secret at {0}, SecretValue: {1}")
  @MethodSource("offsets")
  void aSecretStraddlingACutIsRedactedEverywhere(int start, boolean asSecretValue) throws Exception {
    check("x".repeat(start) + SECRET + "y".repeat(300), SECRET, asSecretValue, start);
  }

  @ParameterizedTest(name = "newline at {0} of the secret")
  @MethodSource("newlines")
  void aSecretWithANewlineIsRedactedAcrossTheLineBreak(int at) throws Exception {
    String secret = SECRET.substring(0, at) + "\n" + SECRET.substring(at);
    check("before " + secret + " after", secret, true, -1);
  }

  static IntStream newlines() {
    return IntStream.of(1, 10, SECRET.length() - 1);
  }

  private void check(String line, String secret, boolean asSecretValue, int start) throws Exception {
    Path payload = dir.resolve("payload");
    Files.writeString(payload, line + "\n");
    String expected = line.replace(secret, "<redacted>");
    List<OutputLine> lines = new ArrayList<>();
    Command.Builder builder =
        Command.builder("sh", "-c", "cat \"$0\"; cat \"$0\" >&2", payload.toString())
            .outputListener(lines::add)
            .stderrTailLines(100);
    SecretValue value = SecretValue.of("canary", secret);
    if (asSecretValue) {
      builder.redact(value);
    } else {
      builder.redact(secret);
    }
    CommandResult result = CommandRunner.local().runChecked(builder.build());

    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    for (OutputLine l : lines) {
      assertThat(l.text()).as("piece at %d", start).doesNotContain(secret);
      assertThat(l.text().length()).isLessThanOrEqualTo(MAX);
      (l.stream() == OutputLine.StandardStream.STDOUT ? out : err)
          .append(l.text())
          .append(l.text().length() == MAX ? "" : "\n");
    }
    String joinedExpected = expected + "\n";
    assertThat(out.toString()).as("listener stdout, secret at %d", start).isEqualTo(joinedExpected);
    assertThat(err.toString()).as("listener stderr, secret at %d", start).isEqualTo(joinedExpected);
    assertThat(result.stdout()).as("captured stdout").isEqualTo(joinedExpected);
    assertThat(String.join("", result.stderrTailLines()).replace("\n", ""))
        .as("stderr tail")
        .isEqualTo(expected.replace("\n", ""));
    assertThat(result.toString()).doesNotContain(secret);
  }
}
