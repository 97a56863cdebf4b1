package io.tankos.examples.cli;

import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shared shape of the {@code fmt} commands: parse every FILE, render it in the model's canonical
 * form, then write the results into {@code --out DIR} (or, for one FILE, to standard output). Every
 * file is read and rendered before anything is written: if one fails, its error is printed as {@code
 * FILE:LINE: message}, the status is 1 and nothing is written.
 */
abstract class FormatCommand implements Subcommand {

  /**
   * One file, formatted.
   *
   * @param relativePath where the result goes under {@code --out DIR}
   * @param bytes the rendered content
   */
  record Formatted(String relativePath, byte[] bytes) {}

  /**
   * Parses and renders one file.
   *
   * @param file the FILE operand as given
   * @param path the resolved path
   * @param content the file's bytes
   * @param args the parsed arguments (for command-specific options)
   * @return the rendering and where it goes under {@code --out}
   * @throws ParseException or ValidationException for bad input
   */
  abstract Formatted format(String file, Path path, byte[] content, Arguments args) throws IOException;

  /** Options with a value besides {@code --out}. */
  Set<String> extraOptions() {
    return Set.of();
  }

  @Override
  public String usage() {
    return "[--out DIR] FILE...";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Set<String> options = new java.util.HashSet<>(extraOptions());
    options.add("--out");
    Arguments a = Arguments.parse(args, options, Set.of());
    List<String> files = a.operands();
    if (files.isEmpty()) {
      throw new UsageException("at least one FILE is required");
    }
    Path out = a.option("--out").map(io::resolve).orElse(null);
    if (out == null && files.size() != 1) {
      throw new UsageException("several FILEs need --out DIR");
    }
    List<Formatted> results = new ArrayList<>();
    int status = 0;
    for (String file : files) {
      Path path = io.resolve(file);
      try {
        results.add(format(file, path, Files.readAllBytes(path), a));
      } catch (ParseException e) {
        io.err().println(e.getMessage());
        status = 1;
      } catch (ValidationException e) {
        e.problems().forEach(p -> io.err().println(file + ": " + p));
        status = 1;
      } catch (IOException e) {
        io.err().println(file + ": cannot read: " + e.getMessage());
        status = 1;
      }
    }
    if (status != 0) {
      return status;
    }
    if (out == null) {
      byte[] bytes = results.get(0).bytes();
      io.out().write(bytes, 0, bytes.length);
      io.out().flush();
      return 0;
    }
    FileTree.Builder tree = FileTree.builder();
    results.forEach(r -> tree.file(r.relativePath(), r.bytes()));
    for (var entry : tree.build().entries()) {
      Path target = out.resolve(entry.path());
      write(target, ((io.tankos.core.fs.RegularFile) entry).content());
      io.out().println(target);
    }
    return 0;
  }

  /** Writes one file through a temporary sibling and a rename, so no half-written file is left. */
  private static void write(Path target, byte[] bytes) {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
    }
  }
}
