package io.tankos.bootc.gitops;

import java.util.List;
import java.util.Objects;

/**
 * A Git generator: one Application per matching directory ({@code {{.path.path}}}, {@code
 * {{.path.basename}}}) or per matching JSON/YAML file (its keys are the parameters).
 *
 * @param repoUrl the repository
 * @param revision the branch, tag or commit
 * @param directories directory globs, e.g. {@code deploy/hosts/*}
 * @param files file globs, e.g. {@code deploy/hosts/*}{@code /host.json}
 */
public record GitGenerator(
    String repoUrl, String revision, List<String> directories, List<String> files)
    implements Generator {

  /**
   * Checks and copies.
   *
   * @param repoUrl the repository
   * @param revision the revision
   * @param directories directory globs
   * @param files file globs
   */
  public GitGenerator {
    Objects.requireNonNull(repoUrl, "repoUrl");
    Objects.requireNonNull(revision, "revision");
    directories = List.copyOf(directories);
    files = List.copyOf(files);
    if (directories.isEmpty() == files.isEmpty()) {
      throw new IllegalArgumentException("a Git generator has either directories or files");
    }
  }

  /**
   * A directory generator.
   *
   * @param repoUrl the repository
   * @param revision the revision
   * @param glob e.g. {@code deploy/hosts/*}
   * @return the generator
   */
  public static GitGenerator directories(String repoUrl, String revision, String glob) {
    return new GitGenerator(repoUrl, revision, List.of(glob), List.of());
  }
}
