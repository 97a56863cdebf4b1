package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors are one line; usage errors and bad option values exit 2; --debug adds the stack trace. */
class CommandErrorsTest {
  @TempDir Path dir;

  @Test
  void aBadOptionValueIsAUsageError() throws Exception {
    Files.writeString(dir.resolve("a.container"), "[Container]\nImage=quay.io/x/a:1\n");
    Files.writeString(dir.resolve("id.pub"), Sandbox.KEY);
    for (String[] args : new String[][] {
        {"quadlet", "check", "--podman", "five", "a.container"},
        {"quadlet", "fmt", "--podman", "5.x", "a.container"},
        {"quadlet", "fmt", "--podman", "99999999999.1", "--out", "o", "a.container"},
        {"cloud-init", "check", "--target", "19.1", "a.container"},
        {"seed", "--out", "s", "--ssh-key", "id.pub", "--hostname", "bad host name"},
        {"build", "--podman", "/no/such/podman", "."},
        {"build", "--podman", "no-such-podman-on-path", "."},
        {"disk", "--type", "qcow2", "--bib-image", "localhost/bib:1", "--podman", "a.container", "img"},
        {"bootc", "status", "--bootc", "./no-bootc"}}) {
      CliRunner r = CliRunner.run(dir, args);
      assertThat(r.status).as(String.join(" ", args) + "\n" + r.err).isEqualTo(2);
      assertThat(r.err.lines().toList()).as(r.err).hasSize(1);
      assertThat(r.err).startsWith("tankos ").contains("(usage: tankos ");
    }
    assertThat(dir.resolve("o")).doesNotExist();
    assertThat(dir.resolve("s")).doesNotExist();
  }

  @Test
  void usageErrorsAreOneLine() {
    CliRunner r = CliRunner.run(dir, "render");
    assertThat(r.status).isEqualTo(2);
    assertThat(r.err).isEqualTo(
        "tankos render: --out DIR is required (usage: tankos render --out DIR [--spec FILE] [--force])\n");
    CliRunner unknown = CliRunner.run(dir, "no-such-command");
    assertThat(unknown.status).isEqualTo(2);
    assertThat(unknown.err).isEqualTo("tankos: unknown command 'no-such-command' (tankos --help lists the commands)\n");
  }

  @Test
  void debugAddsTheStackTrace() {
    CliRunner plain = CliRunner.run(dir, "quadlet", "check", "--podman", "x", "a");
    CliRunner debug = CliRunner.run(dir, "--debug", "quadlet", "check", "--podman", "x", "a");
    assertThat(debug.status).isEqualTo(plain.status).isEqualTo(2);
    assertThat(debug.err).startsWith(plain.err).contains("UsageException", "\tat ");
    assertThat(plain.err).doesNotContain("\tat ");
  }

  @Test
  void aRefusedOutputDirectoryNamesItAndTheWayOut() throws Exception {
    Files.createDirectories(dir.resolve("mine"));
    Files.writeString(dir.resolve("mine/notes.txt"), "keep\n");
    CliRunner r = CliRunner.run(dir, "render", "--out", "mine");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).isEqualTo("tankos render: mine: refusing to replace: a non-empty directory that tankos did "
        + "not write (--force replaces it)\n");
    assertThat(Files.readString(dir.resolve("mine/notes.txt"))).isEqualTo("keep\n");
    CliRunner again = CliRunner.run(dir, "render", "--out", "out");
    assertThat(again.status).as(again.err).isZero();
    assertThat(CliRunner.run(dir, "render", "--out", "out").status).as("rewriting its own output").isZero();
  }

  @Test
  void runningOutOfMemoryIsOneLineAndNoStackTrace() {
    Subcommand hungry = new Subcommand() {
      @Override
      public List<String> path() {
        return List.of("hungry");
      }

      @Override
      public String usage() {
        return "";
      }

      @Override
      public String summary() {
        return "needs more heap than there is";
      }

      @Override
      public int run(List<String> args, Cli.Io io) {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    Cli.Io io = new Cli.Io(new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true),
        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
        new java.io.ByteArrayInputStream(new byte[0]), java.nio.file.Path.of("").toAbsolutePath());
    int status = new Cli(List.of(hungry)).run(List.of("hungry"), io);
    assertThat(status).isEqualTo(1);
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("tankos hungry: out of memory: the Java heap is full (its limit is raised with, e.g.,"
            + " JAVA_TOOL_OPTIONS=-Xmx2g)\n");
  }
}
