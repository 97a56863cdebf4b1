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
   * The command's name in messages, e.g. {@code "tankos quadlet fmt"}.
   *
   * @return {@code tankos} and the command path
   */
  default String name() {
    return "tankos " + String.join(" ", path());
  }

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
   * @return the exit status: 0 success, 1 failure (content problems printed as {@code FILE:LINE:
   *     message}), 2 usage error
   * @throws UsageException when the arguments or an option's value are wrong (exit 2)
   * @throws FileException when a file cannot be read or written (exit 1)
   */
  int run(List<String> args, Cli.Io io);
}
