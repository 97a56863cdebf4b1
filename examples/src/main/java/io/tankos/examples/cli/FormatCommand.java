package io.tankos.examples.cli;

import io.tankos.core.text.Shown;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shared shape of the {@code fmt} commands: parse every FILE, render it in the model's canonical
 * form, then write the results into {@code --out DIR} (or, for one FILE, to standard output). Every
 * file is read (never more than the format's size limit) and rendered before anything is written: if
 * one fails, its error is printed ({@code tankos CMD: FILE:LINE: message} for content that does not
 * parse, including malformed UTF-8 with its byte offset, {@code tankos CMD: FILE: reason} for a file
 * that cannot be read or is over the limit, {@code FILE: problem} for each problem of a parsed
 * model), the status is 1 and nothing is written. The results are written all or none, an existing
 * file keeps its mode, new files get 0644 ({@link FileSetWriter}).
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
  abstract Formatted format(String file, Path path, byte[] content, Arguments args);

  /**
   * The size limit of the format's files: a larger file is refused before it is read whole.
   *
   * @return the limit
   */
  abstract SourceFiles.Limit limit();

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
    Set<String> options = new HashSet<>(extraOptions());
    options.add("--out");
    Arguments a = Arguments.parse(args, options, Set.of());
    List<String> files = a.operands();
    if (files.isEmpty()) {
      throw new UsageException("at least one FILE is required");
    }
    String outArg = a.option("--out").orElse(null);
    if (outArg == null && files.size() != 1) {
      throw new UsageException("several FILEs need --out DIR");
    }
    checkOptions(a);
    List<Formatted> results = new ArrayList<>();
    int status = 0;
    for (String file : files) {
      try {
        results.add(format(file, io.resolve(file), SourceFiles.read(io, file, limit()), a));
      } catch (FileException | ParseException e) {
        io.err().println(name() + ": " + Shown.line(e.getMessage(), Cli.MAX_MESSAGE));
        status = 1;
      } catch (ValidationException e) {
        e.problems().forEach(p -> io.err().println(file + ": " + p));
        status = 1;
      }
    }
    if (status != 0) {
      return status;
    }
    if (outArg == null) {
      byte[] bytes = results.get(0).bytes();
      io.out().write(bytes, 0, bytes.length);
      io.out().flush();
      return 0;
    }
    Path out = io.resolve(outArg);
    List<FileSetWriter.Output> outputs = new ArrayList<>();
    for (Formatted r : results) {
      outputs.add(new FileSetWriter.Output(r.relativePath(), r.bytes(), outArg + "/" + r.relativePath()));
    }
    new FileSetWriter().write(out, outArg, outputs);
    for (Formatted r : results) {
      io.out().println(out.resolve(r.relativePath()));
    }
    return 0;
  }

  /**
   * Checks the values of command-specific options before any file is read.
   *
   * @param args the parsed arguments
   * @throws UsageException for a bad value
   */
  void checkOptions(Arguments args) {}
}
