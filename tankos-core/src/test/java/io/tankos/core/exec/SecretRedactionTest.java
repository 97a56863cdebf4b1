package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.testkit.CapturedLogs;
import io.tankos.core.secret.SecretValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret given as stdin reaches the child and nothing else: argv, environment, logs, messages.
 */
@EnabledOnOs(OS.LINUX)
class SecretRedactionTest {
  private final String canary = "canary-" + UUID.randomUUID();
  private final CommandRunner runner = CommandRunner.local();

  @Test
  void aSecretOnStdinIsInvisibleInProcFilesLogsMessagesAndToString(@TempDir Path dir)
      throws Exception {
    SecretValue secret = SecretValue.of("api_key", canary);
    List<OutputLine> lines = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch running = new CountDownLatch(1);
    AtomicLong childPid = new AtomicLong();
    // the child reads the secret, reports its length and pid, echoes it to stderr, then waits
    // until /proc has been read (the file "go" appears; at most a minute) and exits
    Path go = dir.resolve("go");
    Command command =
        Command.builder(
                "sh",
                "-c",
                "IFS= read -r s; printf '%s' \"$s\" | wc -c; echo pid $$; echo \"leak: $s\" >&2;"
                    + " i=0; while [ ! -e \"$0\" ] && [ $i -lt 6000 ]; do sleep 0.01; i=$((i+1)); done;"
                    + " exit 3",
                go.toString())
            .stdin(Stdin.concat(Stdin.secret(secret), Stdin.of("\n")))
            .env("TANKOS_ENV_MARKER", "present")
            .outputListener(
                line -> {
                  lines.add(line);
                  if (line.text().startsWith("pid ")) {
                    childPid.set(Long.parseLong(line.text().substring(4)));
                    running.countDown();
                  }
                })
            .build();

    List<String> procSamples = Collections.synchronizedList(new ArrayList<>());
    Thread sampler =
        new Thread(
            () -> {
              try {
                if (running.await(60, TimeUnit.SECONDS)) {
                  procSamples.addAll(readProc(childPid.get()));
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                touch(go);
              }
            });
    sampler.start();
    CommandResult result = runner.run(command);
    sampler.join();

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stdout()).startsWith(canary.length() + "\n");
    assertThat(procSamples).as("/proc samples were taken").isNotEmpty();
    assertThat(procSamples).as("child's cmdline was read").anyMatch(s -> s.contains("IFS= read"));
    assertThat(procSamples)
        .as("child's environ was read")
        .anyMatch(s -> s.contains("TANKOS_ENV_MARKER=present"));
    assertThat(procSamples).noneMatch(s -> s.contains(canary));

    CommandFailedException failure =
        (CommandFailedException) catchThrowableOf(result::requireSuccess);
    List<String> visible = new ArrayList<>();
    visible.add(command.toString());
    visible.add(result.toString());
    visible.add(result.stderrTail());
    visible.add(failure.getMessage());
    visible.add(failure.toString());
    visible.add(String.valueOf(failure.argv()));
    for (OutputLine line : lines) {
      visible.add(line.text());
    }
    visible.addAll(CapturedLogs.lines());
    assertThat(visible).noneMatch(s -> s.contains(canary));
    assertThat(result.stderrTail()).isEqualTo("leak: <redacted>");
    assertThat(command.toString()).contains("stdin=Stdin[secret api_key, 1 bytes]");
    assertThat(CapturedLogs.lines())
        .anyMatch(s -> s.contains("DEBUG") && s.contains("exec: sh -c"));
  }

  @Test
  void redactedTextsInArgvAreHiddenInMessagesAndLogs() {
    String token = "tok-" + UUID.randomUUID();
    Command command =
        Command.builder("sh", "-c", "echo \"bad token $0\" >&2; exit 1", token)
            .redact(token)
            .timeout(Duration.ofSeconds(10))
            .build();

    assertThatThrownBy(() -> runner.runChecked(command))
        .isInstanceOf(CommandFailedException.class)
        .satisfies(
            e -> {
              assertThat(e.getMessage()).doesNotContain(token).contains("bad token <redacted>");
              assertThat(((CommandFailedException) e).argv()).contains("<redacted>");
            });
    assertThat(command.toString()).doesNotContain(token);
    assertThat(CapturedLogs.lines()).noneMatch(s -> s.contains(token));
  }

  @Test
  void aTimedOutCommandDoesNotRevealItsSecret() {
    SecretValue secret = SecretValue.of("password", canary);
    Command command =
        Command.builder("sh", "-c", "IFS= read -r s; echo \"$s\" >&2; sleep 30")
            .stdin(Stdin.concat(Stdin.secret(secret), Stdin.of("\n")))
            .timeout(Duration.ofMillis(500))
            .killGracePeriod(Duration.ofMillis(200))
            .build();

    Throwable thrown = catchThrowableOf(() -> runner.run(command));

    assertThat(thrown).isInstanceOf(CommandTimeoutException.class);
    assertThat(thrown.getMessage()).doesNotContain(canary);
    assertThat(((CommandTimeoutException) thrown).result().toString()).doesNotContain(canary);
  }

  private static void touch(Path file) {
    try {
      Files.createFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Throwable catchThrowableOf(Runnable r) {
    try {
      r.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected an exception");
  }

  /** cmdline of every process, and environ of the child and its descendants. */
  private static List<String> readProc(long childPid) {
    List<String> samples = new ArrayList<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path proc : procs) {
        read(proc.resolve("cmdline")).ifPresent(samples::add);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<Long> tree = new ArrayList<>(List.of(childPid));
    ProcessHandle.of(childPid).ifPresent(p -> p.descendants().forEach(d -> tree.add(d.pid())));
    for (long pid : tree) {
      read(Path.of("/proc/" + pid + "/environ")).ifPresent(samples::add);
    }
    return samples;
  }

  private static java.util.Optional<String> read(Path file) {
    try {
      return java.util.Optional.of(
          new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace('\0', ' '));
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
