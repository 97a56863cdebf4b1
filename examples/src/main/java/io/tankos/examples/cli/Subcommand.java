package io.tankos.examples.cli;

import java.util.List;

/**
 * One command of the {@code tankos} tool, such as {@code quadlet fmt}. Implementations are stateless
 * and registered in {@link Commands}.
 */
public interface Subcommand {

  /**
   * The words that select this command, e.g. {@code List.of("quadlet", "fmt")}.
   *
   * @return the command path
   */
  List<String> path();

  /**
   * One line: the arguments after the command path, e.g. {@code "[--out DIR] FILE..."}.
   *
   * @return the usage line
   */
  String usage();

  /**
   * One line that says what the command does.
   *
   * @return the summary
   */
  String summary();

  /**
   * Runs the command.
   *
   * @param args the arguments after the command path
   * @param io standard streams and working directory
   * @return the exit status: 0 success, 1 failure (errors printed as {@code FILE:LINE: message}), 2
   *     usage error
   * @throws UsageException when the arguments are wrong (printed with the usage line, exit 2)
   */
  int run(List<String> args, Cli.Io io);
}
