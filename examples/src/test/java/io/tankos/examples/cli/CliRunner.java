package io.tankos.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import io.tankos.examples.Tankos;
import io.tankos.testkit.ChildJvm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

  /**
   * Runs the {@code tankos} command in a new JVM started with a prefix (e.g. {@code setpriv} to
   * drop capabilities), in a working directory.
   */
  static CliRunner runInChild(List<String> prefix, Path workingDirectory, String... args) {
    List<String> argv = new java.util.ArrayList<>(prefix);
    argv.addAll(ChildJvm.argv(Tankos.class, args));
    try {
      Path out = Files.createTempFile("tankos-out", ".txt");
      Path err = Files.createTempFile("tankos-err", ".txt");
      try {
        Process p = new ProcessBuilder(argv).directory(workingDirectory.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int status = p.waitFor();
        return new CliRunner(status, Files.readString(out), Files.readString(err));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
