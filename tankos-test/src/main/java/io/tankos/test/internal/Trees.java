package io.tankos.test.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deleting directory trees the assertions created. */
public final class Trees {
  private Trees() {}

  /**
   * Deletes a tree, symbolic links not followed; a null or missing root does nothing.
   *
   * @param root the root
   * @throws UncheckedIOException when an entry cannot be deleted
   */
  public static void delete(Path root) {
    if (root == null || !Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes a tree, ignoring failures (for temporary directories).
   *
   * @param root the root, may be null
   */
  public static void deleteQuietly(Path root) {
    try {
      delete(root);
    } catch (UncheckedIOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
