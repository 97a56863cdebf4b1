package io.tankos.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the {@code tankos} command in-process and keeps what it printed. */
final class CliRunner {
  final int status;
  final String out;
  final String err;

  private CliRunner(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  static CliRunner run(Path workingDirectory, String... args) {
    return run(workingDirectory, new byte[0], args);
  }

  static CliRunner run(Path workingDirectory, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Cli.Io io =
        new Cli.Io(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(stdin),
            workingDirectory);
    int status = new Cli(Commands.all()).run(List.of(args), io);
    return new CliRunner(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
