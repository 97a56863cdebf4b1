package io.tankos.test;

import io.tankos.core.fs.FileEntry;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.RegularFile;
import io.tankos.core.fs.Symlink;
import io.tankos.test.internal.GoldenDirectory;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link FileTree}: single entries, and the whole tree against a golden directory.
 * Run with {@code -Dtankos.golden.update=true} to rewrite golden directories from the trees instead
 * of comparing them.
 *
 * <pre>{@code
 * assertThat(tree).hasFile("etc/sudoers.d/openclaw").withMode(0440).withText("openclaw ALL=(ALL) NOPASSWD: ALL\n");
 * assertThat(tree).hasSymlink("etc/localtime", "../usr/share/zoneinfo/UTC");
 * assertThat(tree).matchesDirectory(Path.of("src/test/golden/build-context"));
 * }</pre>
 */
public final class FileTreeAssert extends AbstractAssert<FileTreeAssert, FileTree> {

  FileTreeAssert(FileTree actual) {
    super(actual, FileTreeAssert.class);
  }

  /**
   * Checks that the tree has a regular file and returns assertions on it.
   *
   * @param path the relative path, e.g. {@code etc/hostname}
   * @return assertions on the file
   */
  public TreeFileAssert hasFile(String path) {
    Objects.requireNonNull(path, "path");
    FileEntry entry = entry(path);
    if (!(entry instanceof RegularFile file)) {
      failWithMessage("Expected %s to be a regular file but it is %s", path, entry);
      throw new IllegalStateException("unreachable");
    }
    return new TreeFileAssert(file, this);
  }

  /**
   * Checks that the tree has a symbolic link with the target.
   *
   * @param path the relative path
   * @param target the link's target
   * @return this
   */
  public FileTreeAssert hasSymlink(String path, String target) {
    Objects.requireNonNull(target, "target");
    FileEntry entry = entry(path);
    if (!(entry instanceof Symlink link) || !link.target().equals(target)) {
      failWithMessage("Expected %s to be a symbolic link to %s but it is %s", path, target, entry);
    }
    return this;
  }

  /**
   * Checks that the tree has no entry at a path.
   *
   * @param path the relative path
   * @return this
   */
  public FileTreeAssert doesNotHavePath(String path) {
    isNotNull();
    actual.get(path).ifPresent(e -> failWithMessage("Expected no %s in the tree but found %s", path, e));
    return this;
  }

  /**
   * Checks that the tree is exactly a golden directory (entries, types, modes, contents); a failure
   * lists the entries that differ and a diff of each text file that differs. With {@code
   * -Dtankos.golden.update=true} the golden directory is rewritten from the tree instead.
   *
   * @param golden the golden directory, e.g. {@code src/test/golden/context}
   * @return this
   */
  public FileTreeAssert matchesDirectory(Path golden) {
    Objects.requireNonNull(golden, "golden");
    isNotNull();
    if (GoldenDirectory.updating()) {
      GoldenDirectory.write(actual, golden);
      return this;
    }
    Optional<String> difference = GoldenDirectory.compare(actual, golden);
    difference.ifPresent(
        d -> failWithMessage("Expected the tree to match the golden directory %s but:%n%s", golden, d));
    return this;
  }

  private FileEntry entry(String path) {
    isNotNull();
    Optional<FileEntry> entry = actual.get(path);
    if (entry.isEmpty()) {
      failWithMessage("Expected the tree to have %s but it has only %s", path, actual.paths());
    }
    return entry.orElseThrow();
  }
}
