package io.tankos.test.internal;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import io.tankos.quadlet.QuadletSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges a Quadlet set for a Podman version: tankos's offline validator (rendering for the version
 * with {@link TargetPolicy#STRICT}), then the real generator in dry-run mode when one of that
 * version is installed.
 */
public final class QuadletJudge {
  /** The judge named for a refusal found before any real generator runs. */
  public static final String OFFLINE = "tankos offline validator";

  private QuadletJudge() {}

  /**
   * Judges a set.
   *
   * @param set the units
   * @param version the target Podman version
   * @return the verdict
   */
  public static Verdict judge(QuadletSet set, PodmanVersion version) {
    FileTree tree;
    try {
      tree = set.toFileTree(version, TargetPolicy.STRICT);
    } catch (ValidationException e) {
      return new Verdict(false, OFFLINE, e.getMessage());
    }
    Optional<RealTool> quadlet = generator(version);
    if (quadlet.isEmpty()) {
      return new Verdict(true, OFFLINE + " (no real quadlet " + version + " installed)", "");
    }
    return dryRun(quadlet.get(), tree);
  }

  private static Optional<RealTool> generator(PodmanVersion version) {
    String mm = version.major() + "." + version.minor();
    return RealTool.find(
        "tankos.quadlet." + mm,
        List.of(
            new String[] {"quadlet." + mm + ".path", "quadlet." + mm + ".version"},
            new String[] {"quadlet.sid.path", "quadlet.sid.version"}),
        mm + ".");
  }

  private static Verdict dryRun(RealTool quadlet, FileTree tree) {
    String judge = "real quadlet " + quadlet.version() + " (" + quadlet.path() + ")";
    Path dir = null;
    try {
      dir = Files.createTempDirectory("tankos-quadlet-");
      Path units = dir.resolve("units");
      tree.writeTo(units);
      CommandResult r =
          RealTool.run(
              Command.builder(quadlet.path().toString(), "-dryrun")
                  .env("QUADLET_UNIT_DIRS", units.toString())
                  .stderrTailLines(200));
      String stderr = r.stderrTail();
      boolean converting = stderr.toLowerCase(Locale.ROOT).contains("converting");
      if (r.exitCode() == 0 && !converting) {
        return new Verdict(true, judge, "");
      }
      return new Verdict(false, judge, "exit code " + r.exitCode() + "\n" + stderr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Trees.deleteQuietly(dir);
    }
  }
}
