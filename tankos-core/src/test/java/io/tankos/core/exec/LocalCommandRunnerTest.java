package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.exec.internal.NativeEncoding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCommandRunnerTest {
  private final CommandRunner runner = CommandRunner.local();

  @Test
  void argvArrivesVerbatimWithoutAShell() {
    List<String> words =
        List.of(
            "two words",
            "",
            "'single'",
            "\"double\"",
            "$HOME",
            "`id`",
            "back\\slash",
            "a\nb",
            "*",
            ";",
            "ünïcødé → 日本",
            "${x}",
            "-n",
            "%s");
    List<String> argv = new ArrayList<>(List.of("printf", "[%s]\\n"));
    argv.addAll(words);

    CommandResult result = runner.runChecked(Command.builder(argv).build());

    StringBuilder expected = new StringBuilder();
    for (String word : words) {
      expected.append('[').append(word).append("]\n");
    }
    assertThat(result.stdout()).isEqualTo(expected.toString());
  }

  @Test
  void aProgramPathWithSpacesAndQuotesRunsVerbatim(@TempDir Path dir) throws Exception {
    Path program = Files.createDirectories(dir.resolve("dir with 'space'")).resolve("prog $x");
    Files.writeString(program, "#!/bin/sh\necho \"ran $1\"\n");
    Files.setPosixFilePermissions(
        program, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));

    assertThat(runner.runChecked(Command.of(program.toString(), "a b")).stdout())
        .isEqualTo("ran a b\n");
    assertThatThrownBy(() -> runner.run(Command.of(dir.resolve("back\\slash").toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("argv[0] contains '\\'");
  }

  @Test
  void exitCodeIsReportedAndRunCheckedThrowsWithStderrTail() {
    Command command = Command.of("sh", "-c", "echo oops >&2; exit 7");

    assertThat(runner.run(command).exitCode()).isEqualTo(7);
    assertThatThrownBy(() -> runner.runChecked(command))
        .isInstanceOf(CommandFailedException.class)
        .hasMessageContaining("exited with code 7")
        .hasMessageContaining("oops")
        .satisfies(
            e -> {
              CommandFailedException failure = (CommandFailedException) e;
              assertThat(failure.exitCode()).isEqualTo(7);
              assertThat(failure.stderrTail()).isEqualTo("oops");
              assertThat(failure.argv()).containsExactly("sh", "-c", "echo oops >&2; exit 7");
            });
  }

  @Test
  void stderrTailKeepsOnlyTheLastLines() {
    CommandResult result =
        runner.run(
            Command.builder(
                    "sh", "-c", "i=0; while [ $i -lt 1000 ]; do echo e$i >&2; i=$((i+1)); done")
                .stderrTailLines(3)
                .build());

    assertThat(result.stderrTailLines()).containsExactly("e997", "e998", "e999");
  }

  @Test
  void stdoutCaptureIsCappedButTheListenerSeesEverything() {
    List<OutputLine> lines = Collections.synchronizedList(new ArrayList<>());
    CommandResult result =
        runner.run(
            Command.builder(
                    "sh", "-c", "i=0; while [ $i -lt 100 ]; do echo 123456789; i=$((i+1)); done")
                .maxStdoutBytes(25)
                .outputListener(lines::add)
                .build());

    assertThat(result.stdout()).isEqualTo("123456789\n123456789\n12345");
    assertThat(result.stdoutTruncated()).isTrue();
    assertThat(lines).hasSize(100).allMatch(l -> l.equals(OutputLine.stdout("123456789")));
  }

  @Test
  void listenerReceivesBothStreamsLineByLineAndVeryLongLinesInPieces() {
    List<OutputLine> lines = Collections.synchronizedList(new ArrayList<>());
    runner.runChecked(
        Command.builder(
                "sh", "-c", "echo out; echo err >&2; printf 'crlf\\r\\n'; printf 'no newline'")
            .outputListener(lines::add)
            .build());
    assertThat(lines)
        .contains(OutputLine.stdout("out"), OutputLine.stderr("err"), OutputLine.stdout("crlf"))
        .contains(OutputLine.stdout("no newline"));

    List<OutputLine> long_ = Collections.synchronizedList(new ArrayList<>());
    int length = Command.MAX_LINE_CHARS * 2 + 5;
    runner.runChecked(
        Command.builder("sh", "-c", "head -c " + length + " /dev/zero | tr '\\0' x")
            .outputListener(long_::add)
            .build());
    assertThat(long_)
        .extracting(l -> l.text().length())
        .containsExactly(Command.MAX_LINE_CHARS, Command.MAX_LINE_CHARS, 5);
  }

  @Test
  void stdinFromBytesStreamsAndConcatenation() {
    assertThat(runner.runChecked(Command.builder("cat").stdin("hello\n").build()).stdout())
        .isEqualTo("hello\n");
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    assertThat(
            runner
                .runChecked(Command.builder("cat").stdin(new ByteArrayInputStream(bytes)).build())
                .stdoutBytes())
        .containsExactly(bytes);
    Stdin joined = Stdin.concat(Stdin.of("a"), Stdin.of(new byte[] {'b'}), Stdin.of("c"));
    assertThat(runner.runChecked(Command.builder("cat").stdin(joined).build()).stdout())
        .isEqualTo("abc");
  }

  @Test
  void withoutStdinTheProcessSeesEndOfFile() {
    assertThat(runner.runChecked(Command.of("wc", "-c")).stdout().trim()).isEqualTo("0");
  }

  @Test
  void workingDirectory(@TempDir Path dir) throws Exception {
    Path real = dir.toRealPath();
    assertThat(runner.runChecked(Command.builder("pwd").workingDirectory(real).build()).stdout())
        .isEqualTo(real + "\n");
  }

  @Test
  void environmentAdditionsRemovalsAndAnEmptyEnvironment() {
    Command command =
        Command.builder("sh", "-c", "echo \"${TANKOS_A-unset}|${HOME-unset}|${PATH-unset}\"")
            .env("TANKOS_A", "a b$c")
            .removeEnv("HOME")
            .build();
    assertThat(runner.runChecked(command).stdout()).startsWith("a b$c|unset|/");

    Command empty =
        Command.builder(
                "/bin/sh", "-c", "env | grep -v '^PWD=' | grep -v '^SHLVL=' | grep -v '^_='")
            .inheritEnvironment(false)
            .env("ONLY", "1")
            .build();
    assertThat(runner.run(empty).stdout()).isEqualTo("ONLY=1\n");
  }

  @Test
  void aProgramThatDoesNotExistFailsWithExitCodeMinusOne() {
    assertThatThrownBy(() -> runner.run(Command.of("/nonexistent/tankos-no-such-program", "x")))
        .isInstanceOf(CommandFailedException.class)
        .hasMessageContaining("could not start")
        .satisfies(e -> assertThat(((CommandFailedException) e).exitCode()).isEqualTo(-1));
  }

  @Test
  void aMissingWorkingDirectoryFailsToStart(@TempDir Path dir) {
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> runner.run(Command.builder("pwd").workingDirectory(missing).build()))
        .isInstanceOf(CommandFailedException.class)
        .hasMessageContaining("could not start");
  }

  @Test
  void listenerFailureIsRethrownAfterTheProcessEnded() {
    RuntimeException boom = new IllegalStateException("listener broke");
    assertThatThrownBy(
            () ->
                runner.run(
                    Command.builder("sh", "-c", "echo a; echo b")
                        .outputListener(
                            l -> {
                              throw boom;
                            })
                        .build()))
        .isSameAs(boom);
  }

  @Test
  void textTheNativeEncodingCannotPassIsRefusedNotMangled() {
    Command command = Command.of("printf", "%s", "héllo");
    assertThatThrownBy(() -> NativeEncoding.check(command, StandardCharsets.US_ASCII))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("argv[2]")
        .hasMessageContaining("US-ASCII")
        .hasMessageNotContaining("héllo");
    NativeEncoding.check(command, StandardCharsets.UTF_8);
  }

  @Test
  void binaryOutputIsCapturedExactly(@TempDir Path dir) throws Exception {
    byte[] bytes = new byte[70_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Path file = dir.resolve("blob");
    Files.write(file, bytes);
    assertThat(runner.runChecked(Command.of("cat", file.toString())).stdoutBytes())
        .containsExactly(bytes);
  }
}
