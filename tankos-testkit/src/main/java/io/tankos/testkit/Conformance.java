package io.tankos.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The upstream conformance corpora in {@code ../shared/conformance/} beside the project. They are
 * read in place, never copied. A missing corpus skips the test on a developer machine and fails it
 * when real tools are required (see {@link RealTools#required()}).
 *
 * <pre>{@code
 * Path corpus = Conformance.require("quadlet/podman-e2e-v5.4.2");
 * }</pre>
 */
public final class Conformance {
  private Conformance() {}

  /**
   * The conformance root, if found.
   *
   * @return the directory, or null
   */
  public static Path root() {
    String configured = System.getProperty("tankos.conformance");
    if (configured != null && !configured.isBlank() && !configured.contains("${")) {
      Path p = Path.of(configured);
      if (Files.isDirectory(p)) {
        return p.normalize();
      }
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("../shared/conformance").normalize();
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return null;
  }

  /**
   * A corpus directory or file under the conformance root; skips or fails when it is missing.
   *
   * @param relative e.g. {@code cloud-init/bookworm-22.4.2}
   * @return the path
   */
  public static Path require(String relative) {
    Path root = root();
    if (root == null) {
      RealTools.missing("the conformance corpora (../shared/conformance) are not beside the project");
    }
    Path p = root.resolve(relative);
    if (!Files.exists(p)) {
      RealTools.missing("conformance corpus " + relative + " is missing under " + root);
    }
    return p;
  }
}
