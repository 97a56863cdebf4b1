package io.tankos.examples.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Options that name a program ({@code --podman PATH}, {@code --bootc PATH}). */
final class Executables {
  private Executables() {}

  /**
   * The program an option names, or the default when the option is absent. A given value must name
   * an executable file: a path with a {@code /} (relative to the working directory), or a name found
   * on {@code PATH}.
   *
   * @param a the parsed arguments
   * @param option e.g. {@code --podman}
   * @param fallback the default program name, looked up when the program runs
   * @param io the working directory
   * @return the value as given, or the default
   * @throws UsageException when a given value names no executable file
   */
  static String option(Arguments a, String option, String fallback, Cli.Io io) {
    if (a.option(option).isEmpty()) {
      return fallback;
    }
    String value = a.option(option).get();
    if (value.contains("/")) {
      if (!Files.isRegularFile(io.resolve(value)) || !Files.isExecutable(io.resolve(value))) {
        throw new UsageException(option + ": " + value + " is not an executable file");
      }
      return value;
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir).resolve(value);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return value;
        }
      }
    }
    throw new UsageException(option + ": no executable " + value + " on PATH");
  }
}
