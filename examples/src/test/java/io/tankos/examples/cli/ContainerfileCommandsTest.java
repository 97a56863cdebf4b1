package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerfileCommandsTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    Cli.Io io =
        new Cli.Io(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            dir);
    return new Cli(Commands.all()).run(List.of(args), io);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void fmtWritesOneFileToStdout() throws IOException {
    Files.writeString(dir.resolve("Containerfile"), "from a\nrun echo \\\n  hi\n");
    assertThat(run("containerfile", "fmt", "Containerfile")).isZero();
    assertThat(out()).isEqualTo("FROM a\nRUN echo   hi\n");
  }

  @Test
  void anEscapeSequenceInTheFileReachesTheTerminalEscaped() throws IOException {
    Files.writeString(dir.resolve("Containerfile"), "FROM a\nBAD\u001b[2J x\n");
    assertThat(run("containerfile", "check", "Containerfile")).isEqualTo(1);
    assertThat(err()).contains("unknown instruction: BAD\\u001b[2J").doesNotContain("\u001b");
  }

  @Test
  void fmtReportsFileAndLine() throws IOException {
    Files.writeString(dir.resolve("Containerfile"), "FROM a\nRUN <<EOF\nnever ends\n");
    assertThat(run("containerfile", "fmt", "Containerfile")).isEqualTo(1);
    assertThat(err()).isEqualTo("tankos containerfile fmt: Containerfile:2: unterminated heredoc\n");
  }

  @Test
  void fmtIntoADirectory() throws IOException {
    Files.writeString(dir.resolve("A"), "FROM a\n");
    Files.writeString(dir.resolve("B"), "FROM b\nCOPY --user=me x /y\n");
    assertThat(run("containerfile", "fmt", "--out", "out", "A", "B")).isZero();
    assertThat(Files.readString(dir.resolve("out/B"))).isEqualTo("FROM b\nCOPY --user=me x /y\n");
    assertThat(run("containerfile", "fmt", "A", "B")).isEqualTo(2);
  }

  @Test
  void checkReportsFindingsWithLines() throws IOException {
    Files.writeString(dir.resolve("Containerfile"), "FROM a\nENV API_TOKEN=x\nRUN bootc container lint\n");
    assertThat(run("containerfile", "check", "Containerfile")).isEqualTo(1);
    assertThat(err()).startsWith("Containerfile:2: error: 'API_TOKEN' looks like a secret");
    Files.writeString(dir.resolve("Ok"), "FROM a\nRUN bootc container lint\n");
    err.reset();
    assertThat(run("containerfile", "check", "Ok")).isZero();
    assertThat(err()).isEmpty();
    Files.writeString(dir.resolve("Bad"), "FROM a\nCOPY --user=me x /y\n");
    assertThat(run("containerfile", "check", "Bad")).isEqualTo(1);
    assertThat(err()).isEqualTo("tankos containerfile check: Bad:2: unknown flag: user\n");
  }
}
