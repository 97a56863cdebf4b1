package io.tankos.examples.cli;

import io.tankos.core.text.Shown;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The {@code tankos} command: dispatches to the {@link Subcommand}s of {@link Commands} and turns
 * errors into one-line messages and exit statuses (never a stack trace).
 *
 * <pre>{@code
 * int status = new Cli(Commands.all()).run(List.of("render", "--out", "out"), Cli.Io.system());
 * }</pre>
 */
public final class Cli {
  /**
   * The longest message line printed, in characters: a longer one (a finding quoting a 60 KB value)
   * keeps its start and its end with the middle left out ({@link Shown#line}).
   */
  static final int MAX_MESSAGE = 1000;

  private final List<Subcommand> commands;

  /**
   * A dispatcher over commands.
   *
   * @param commands the commands
   */
  public Cli(List<Subcommand> commands) {
    this.commands = List.copyOf(commands);
  }

  /**
   * Runs the command selected by the leading words of {@code args}. A leading {@code --debug}
   * prints the stack trace of an error after its message.
   *
   * <p>Every error is one line on standard error: {@code tankos CMD: FILE: reason} when a file
   * cannot be read or written or an output directory is refused ({@link FileException}), {@code
   * tankos CMD: FILE:LINE: message} for a file that does not parse (malformed UTF-8 included, with
   * its byte offset; {@code tankos CMD: FILE: larger than N bytes (limit NAME = N)} for a file over
   * its format's size limit, refused before it is read whole), {@code tankos CMD: message}
   * otherwise. Usage errors (unknown options, missing or bad option values) exit with 2, every
   * other error with 1. Problems that {@code check} and {@code fmt} find in content that parsed
   * (lint findings, model problems) are their output, one per line as {@code FILE:LINE: message}
   * or {@code FILE: problem}; {@code check} reports every FILE.
   *
   * @param args all arguments
   * @param io standard streams
   * @return the exit status
   */
  public int run(List<String> args, Io io) {
    boolean debug = !args.isEmpty() && args.get(0).equals("--debug");
    if (debug) {
      args = args.subList(1, args.size());
    }
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
      help(args.isEmpty() ? io.err() : io.out());
      return args.isEmpty() ? 2 : 0;
    }
    Subcommand selected = null;
    for (Subcommand c : commands) {
      List<String> path = c.path();
      if (args.size() >= path.size()
          && args.subList(0, path.size()).equals(path)
          && (selected == null || path.size() > selected.path().size())) {
        selected = c;
      }
    }
    if (selected == null) {
      io.err().println("tankos: unknown command '"
          + FileException.display(String.join(" ", args.subList(0, Math.min(2, args.size()))))
          + "' (tankos --help lists the commands)");
      return 2;
    }
    List<String> rest = args.subList(selected.path().size(), args.size());
    String name = selected.name();
    if (rest.contains("--help")) {
      io.out().println("usage: " + name + " " + selected.usage());
      io.out().println(selected.summary());
      return 0;
    }
    try {
      return selected.run(rest, io);
    } catch (UsageException e) {
      io.err().println(name + ": " + oneLine(e.getMessage()) + " (usage: " + name + " " + selected.usage() + ")");
      return failed(e, 2, debug, io);
    } catch (ValidationException e) {
      e.problems().forEach(p -> io.err().println(name + ": " + oneLine(p.toString())));
      return failed(e, 1, debug, io);
    } catch (UncheckedIOException e) {
      io.err().println(name + ": " + oneLine(e.getMessage()));
      return failed(e, 1, debug, io);
    } catch (RuntimeException e) {
      io.err().println(name + ": " + oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return failed(e, 1, debug, io);
    } catch (StackOverflowError e) {
      // every parser and matcher tankos runs is meant to be iterative or bounded: reaching this is
      // a defect, reported in one line rather than as a trace
      io.err().println(name + ": internal error: the input nests or repeats more deeply than this"
          + " command can follow (a stack overflow); please report it with the input");
      return failed(e, 1, debug, io);
    } catch (OutOfMemoryError e) {
      io.err().println(name + ": out of memory: the Java heap is full (its limit is raised with, e.g.,"
          + " JAVA_TOOL_OPTIONS=-Xmx2g)");
      return failed(e, 1, debug, io);
    }
  }

  private static int failed(Throwable e, int status, boolean debug, Io io) {
    if (debug) {
      e.printStackTrace(io.err());
    }
    return status;
  }

  /**
   * The first line of a message, other control characters escaped (a message may quote input, which
   * must not drive the terminal); the rest (e.g. a tool's stderr tail) is shown with --debug.
   */
  private static String oneLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? Shown.line(message, MAX_MESSAGE)
        : Shown.line(message.substring(0, nl), MAX_MESSAGE) + " [more with tankos --debug]";
  }

  /**
   * The problems of a validation failure, one per line.
   *
   * @param e the failure
   * @return the lines
   */
  public static String describe(ValidationException e) {
    return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  private void help(PrintStream out) {
    out.println("usage: tankos [--verbose] [--debug] COMMAND [ARGS]");
    out.println();
    for (Subcommand c : commands) {
      out.println("  " + String.join(" ", c.path()) + " " + c.usage());
      out.println("      " + c.summary());
    }
  }

  /**
   * Standard streams and the working directory of a command.
   *
   * @param out standard output
   * @param err standard error
   * @param in standard input
   * @param workingDirectory the directory relative paths resolve against
   */
  public record Io(PrintStream out, PrintStream err, InputStream in, Path workingDirectory) {

    /**
     * Checks the components.
     *
     * @param out standard output
     * @param err standard error
     * @param in standard input
     * @param workingDirectory working directory
     */
    public Io {
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(err, "err");
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /**
     * The process's streams and working directory.
     *
     * @return the system streams
     */
    public static Io system() {
      return new Io(System.out, System.err, System.in, Path.of("").toAbsolutePath());
    }

    /**
     * Resolves a path argument against the working directory.
     *
     * @param path a path argument
     * @return the resolved path
     */
    public Path resolve(String path) {
      return workingDirectory.resolve(path);
    }
  }
}
