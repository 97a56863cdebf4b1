package io.tankos.examples;

import io.tankos.examples.cli.Cli;
import io.tankos.examples.cli.Commands;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run for the {@code tankos} launcher's class-data sharing archive: runs the common
 * subcommands once, in one process, on small inputs in a temporary directory, output discarded.
 * The launcher runs it with {@code -XX:ArchiveClassesAtExit} so that the classes these commands load
 * are archived.
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=tankos.jsa -cp tankos.jar io.tankos.examples.CdsTraining
 * }</pre>
 */
public final class CdsTraining {
  private static final String UNIT =
      "[Container]\nImage=localhost/app:latest\nPublishPort=8080:80\n\n[Install]\nWantedBy=default.target\n";
  private static final String USER_DATA =
      "#cloud-config\nhostname: node1\nusers:\n  - name: op\n    groups: [wheel]\npackages: [git]\n";

  private CdsTraining() {}

  /**
   * Runs the training commands; always exits 0 unless the temporary directory cannot be made.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try {
      Path dir = Files.createTempDirectory("tankos-cds-");
      try {
        train(dir);
      } finally {
        delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void train(Path dir) throws IOException {
    Path unit = Files.writeString(dir.resolve("app.container"), UNIT);
    Path userData = Files.writeString(dir.resolve("user-data"), USER_DATA);
    Path out = dir.resolve("render");
    run(dir, "--help");
    run(dir, "spec");
    run(dir, "render", "--out", out.toString());
    run(dir, "quadlet", "check", unit.toString());
    run(dir, "quadlet", "fmt", unit.toString());
    run(dir, "cloud-init", "check", userData.toString());
    run(dir, "cloud-init", "fmt", userData.toString());
    run(dir, "containerfile", "check", out.resolve("Containerfile").toString());
  }

  private static void run(Path dir, String... args) {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Cli.Io io = new Cli.Io(discard, discard, new ByteArrayInputStream(new byte[0]), dir);
    new Cli(Commands.all()).run(List.of(args), io);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
