package io.tankos.examples;

import io.tankos.examples.cli.Cli;
import io.tankos.examples.cli.Commands;
import java.util.List;

/**
 * The {@code tankos} command's entry point.
 *
 * <pre>{@code
 * java -jar examples/target/tankos.jar render --out out/tank-os
 * }</pre>
 */
public final class Tankos {
  private Tankos() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    int status = new Cli(Commands.all()).run(List.of(args), Cli.Io.system());
    System.out.flush();
    System.exit(status);
  }
}
