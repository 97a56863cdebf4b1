package io.tankos.examples;

import io.tankos.examples.cli.Cli;
import io.tankos.examples.cli.Commands;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code tankos} command's entry point.
 *
 * <p>The command logs through SLF4J's simple provider on standard error at level {@code warn}, so
 * a successful run prints nothing there; a leading {@code --verbose} lowers the level to {@code
 * debug} (every process tankos starts, its exit status and duration).
 *
 * <pre>{@code
 * java -jar examples/target/tankos.jar render --out out/tank-os
 * java -jar examples/target/tankos.jar --verbose build out/tank-os
 * }</pre>
 */
public final class Tankos {
  /** The SLF4J simple provider's property for the default level. */
  static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

  private Tankos() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean verbose = removeLeadingOption(rest, "--verbose");
    // set before the first logger exists: the provider reads its configuration once
    System.setProperty(LOG_LEVEL_PROPERTY, verbose ? "debug" : "warn");
    int status = new Cli(Commands.all()).run(rest, Cli.Io.system());
    System.out.flush();
    System.exit(status);
  }

  /** Removes {@code option} from the leading options (before the command word); true if found. */
  static boolean removeLeadingOption(List<String> args, String option) {
    for (int i = 0; i < args.size() && args.get(i).startsWith("--"); i++) {
      if (args.get(i).equals(option)) {
        args.remove(i);
        return true;
      }
    }
    return false;
  }
}
