package io.tankos.test.internal;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import io.tankos.testkit.RealTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real tool found for an assertion: a system property naming the executable first (e.g. {@code
 * -Dtankos.quadlet.5.4=/usr/libexec/podman/quadlet}), then the testkit's {@code tools.properties}
 * keys.
 *
 * @param path the executable
 * @param version its version as recorded, or {@code "unknown"}
 */
public record RealTool(Path path, String version) {

  /**
   * Looks a tool up.
   *
   * @param property the system property naming the executable
   * @param keys {@code tools.properties} pairs of path key and version key, tried in order; a
   *     version key may be null
   * @param versionPrefix a prefix the recorded version must have, or empty for any
   * @return the tool, empty when none is installed
   */
  public static Optional<RealTool> find(String property, List<String[]> keys, String versionPrefix) {
    String configured = System.getProperty(property, "").trim();
    if (!configured.isEmpty() && Files.isExecutable(Path.of(configured))) {
      return Optional.of(new RealTool(Path.of(configured), "unknown"));
    }
    RealTools tools = RealTools.get();
    for (String[] pair : keys) {
      String version = pair[1] == null ? "unknown" : tools.valueOrEmpty(pair[1]);
      if (tools.executableProblem(pair[0]).isEmpty()
          && (pair[1] == null || version.startsWith(versionPrefix))) {
        return Optional.of(new RealTool(Path.of(tools.valueOrEmpty(pair[0])), version));
      }
    }
    return Optional.empty();
  }

  /**
   * Runs the tool.
   *
   * @param command the command, argv starting with {@link #path()}
   * @return the result, whatever the exit code
   */
  public static CommandResult run(Command.Builder command) {
    return CommandRunner.local().run(command.timeout(Duration.ofMinutes(2)).build());
  }
}
