package io.tankos.core.systemd;

import io.tankos.testkit.RealTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs systemd-analyze, systemd-sysusers, systemd-tmpfiles and systemctl on what tankos writes. */
final class SystemdTools {
  private SystemdTools() {}

  /** The exit code and combined output of a finished process. */
  record Run(int exitCode, String output) {}

  static Run run(List<String> argv, Path cwd, Map<String, String> env) {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile()).redirectErrorStream(true);
    pb.environment().put("LC_ALL", "C.UTF-8");
    pb.environment().put("SYSTEMD_COLORS", "0");
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + argv);
      }
      return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Writes the units into a fresh directory under {@code dir} and runs {@code systemd-analyze
   * verify} on all of them ({@code --user} with a private XDG_RUNTIME_DIR for user units).
   */
  static Run verify(Path dir, UnitScope scope, List<SystemdUnit> units) {
    return verifyFiles(dir, scope, units.stream()
        .map(u -> Map.entry(u.fileName(), u.toString())).toList());
  }

  /** Like {@link #verify} for raw file names and texts. */
  static Run verifyFiles(Path dir, UnitScope scope, List<Map.Entry<String, String>> files) {
    try {
      Path units = Files.createTempDirectory(dir, "units");
      Path runtime = Files.createTempDirectory(dir, "xdg");
      List<String> argv = new ArrayList<>();
      argv.add(RealTools.get().systemdAnalyze().toString());
      if (scope == UnitScope.USER) {
        argv.add("--user");
      }
      argv.add("verify");
      argv.add("--man=no");
      for (Map.Entry<String, String> f : files) {
        Files.writeString(units.resolve(f.getKey()), f.getValue());
        argv.add("./" + f.getKey());
      }
      return run(argv, units, Map.of("XDG_RUNTIME_DIR", runtime.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
