package io.tankos.examples.cli;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFileLimits;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.quadlet.DropIn;
import io.tankos.quadlet.QuadletUnit;
import java.nio.file.Path;

/** Reads Quadlet units and drop-ins given on the command line. */
final class QuadletFiles {
  private QuadletFiles() {}

  /** Units and drop-ins are read up to the unit-file size limit. */
  static final SourceFiles.Limit LIMIT =
      new SourceFiles.Limit(UnitFileLimits.MAX_FILE_BYTES, "UnitFileLimits.MAX_FILE_BYTES");

  /** Whether a path names a drop-in ({@code NAME.container.d/NN-x.conf}). */
  static boolean isDropIn(Path path) {
    return path.getFileName().toString().endsWith(".conf");
  }

  /** The drop-in's path as Quadlet sees it: the {@code .d} directory's name and the file name. */
  static String dropInPath(Path path) {
    Path parent = path.toAbsolutePath().getParent();
    String dir = parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "/";
    return dir + path.getFileName();
  }

  /**
   * Parses a unit's bytes strictly (strict UTF-8, unknown keys are errors) (unknown keys are errors), builds it (every check of the model) and checks
   * it against a Podman version.
   */
  static QuadletUnit unit(String file, Path path, byte[] bytes, PodmanVersion version) {
    QuadletUnit unit = QuadletUnit.parse(file, bytes).toBuilder().build();
    unit.toUnitFile(version, TargetPolicy.STRICT);
    return unit;
  }

  /** Parses a drop-in strictly and checks it against a Podman version. */
  static DropIn dropIn(Path path, byte[] bytes, PodmanVersion version) {
    DropIn dropIn = DropIn.parse(dropInPath(path), bytes);
    dropIn.render(version, TargetPolicy.STRICT);
    return dropIn;
  }

  /**
   * The {@code --podman} option: a version such as {@code 5.4}; 5.8 when absent.
   *
   * @throws UsageException when the value is not a version
   */
  static PodmanVersion version(Arguments a) {
    String v = a.option("--podman").orElse("5.8");
    try {
      return PodmanVersion.parse(v);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--podman: " + e.getMessage());
    }
  }
}
