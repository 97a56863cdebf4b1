package io.tankos.quadlet.generator;

import io.tankos.core.fs.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a real {@code quadlet} binary as an offline validator: {@code QUADLET_UNIT_DIRS=<dir>
 * quadlet -dryrun [-user]}, or file mode ({@code -no-kmsg-log <outdir>}) where the {@code
 * [Install]} symlinks matter. The unit directory is always absolute (a relative one makes the
 * generator exit 0 without reading anything). A run that does not finish within the timeout fails.
 *
 * <pre>{@code
 * QuadletGenerator generator = new QuadletGenerator(QuadletBinary.sid());
 * GeneratorResult r = generator.dryRun(units, GeneratorMode.USER);   // units: a FileTree
 * }</pre>
 */
public final class QuadletGenerator {
  private static final long TIMEOUT_SECONDS = 60;

  private final QuadletBinary binary;

  /**
   * A runner for one binary.
   *
   * @param binary the generator
   */
  public QuadletGenerator(QuadletBinary binary) {
    this.binary = binary;
  }

  /**
   * The binary this runner uses.
   *
   * @return the binary
   */
  public QuadletBinary binary() {
    return binary;
  }

  /**
   * Writes the units into a fresh temporary directory and dry-runs the generator on it.
   *
   * @param units unit files, drop-ins and symlinks, at paths relative to the unit directory
   * @param mode system or user
   * @return the result
   */
  public GeneratorResult dryRun(FileTree units, GeneratorMode mode) {
    Path dir = TempDirs.create("quadlet-units");
    try {
      Path unitDir = dir.resolve("units");
      units.writeTo(unitDir);
      return dryRun(unitDir, mode);
    } finally {
      TempDirs.delete(dir);
    }
  }

  /**
   * Writes the units into a fresh temporary directory and runs the generator in file mode on it.
   *
   * @param units unit files, drop-ins and symlinks, at paths relative to the unit directory
   * @param mode system or user
   * @return the result, see {@link #writeFiles(Path, GeneratorMode)}
   */
  public GeneratorResult writeFiles(FileTree units, GeneratorMode mode) {
    Path dir = TempDirs.create("quadlet-units");
    try {
      Path unitDir = dir.resolve("units");
      units.writeTo(unitDir);
      return writeFiles(unitDir, mode);
    } finally {
      TempDirs.delete(dir);
    }
  }

  /**
   * Dry-runs the generator on a unit directory.
   *
   * @param unitDir the directory (made absolute)
   * @param mode system or user
   * @return the result
   */
  public GeneratorResult dryRun(Path unitDir, GeneratorMode mode) {
    List<String> argv = new ArrayList<>();
    argv.add("-dryrun");
    argv.addAll(mode.flags());
    Path abs = unitDir.toAbsolutePath().normalize();
    Output out = run(abs, argv);
    return GeneratorResult.ofDryRun(binary, mode, out.exitCode, out.stdout, out.stderr, abs.toString());
  }

  /**
   * Runs the generator in file mode and reads back the files and symlinks it wrote.
   *
   * @param unitDir the directory (made absolute)
   * @param mode system or user
   * @return the result; {@link GeneratorResult#services()} are keyed by relative path
   */
  public GeneratorResult writeFiles(Path unitDir, GeneratorMode mode) {
    Path outDir = TempDirs.create("quadlet-out");
    try {
      List<String> argv = new ArrayList<>(mode.flags());
      argv.add("-no-kmsg-log");
      argv.add(outDir.toString());
      Path abs = unitDir.toAbsolutePath().normalize();
      Output out = run(abs, argv);
      Map<String, String> files = new LinkedHashMap<>();
      Map<String, String> links = new LinkedHashMap<>();
      try (Stream<Path> walk = Files.walk(outDir)) {
        for (Path p : walk.sorted(Comparator.comparing(Path::toString)).toList()) {
          String rel = outDir.relativize(p).toString();
          if (Files.isSymbolicLink(p)) {
            links.put(rel, Files.readSymbolicLink(p).toString());
          } else if (Files.isRegularFile(p)) {
            files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
          }
        }
      }
      return GeneratorResult.ofFiles(
          binary, mode, out.exitCode, files, links, out.stderr, abs.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempDirs.delete(outDir);
    }
  }

  private record Output(int exitCode, String stdout, String stderr) {}

  private Output run(Path unitDir, List<String> args) {
    if (!Files.isDirectory(unitDir)) {
      throw new IllegalArgumentException("not a directory: " + unitDir);
    }
    Path io = TempDirs.create("quadlet-io");
    try {
      List<String> command = new ArrayList<>();
      command.add(binary.path().toString());
      command.addAll(args);
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.environment().put("QUADLET_UNIT_DIRS", unitDir.toString());
      pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      Path stdout = io.resolve("stdout");
      Path stderr = io.resolve("stderr");
      pb.redirectOutput(stdout.toFile());
      pb.redirectError(stderr.toFile());
      Process process = pb.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor();
        throw new AssertionError(
            binary + " did not finish within " + TIMEOUT_SECONDS + " s on " + unitDir);
      }
      return new Output(
          process.exitValue(),
          Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + binary, e);
    } finally {
      TempDirs.delete(io);
    }
  }
}
