package io.tankos.core.fs;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What was changed by hand in a tree tankos wrote. Every file and directory tankos writes gets the
 * modification time 1970-01-01 ({@link TreeStage}); editing a file, or adding, removing or renaming
 * an entry of a directory, sets the current time, so a later one marks a change, found with one
 * {@code lstat} per entry and no record of what was written.
 */
final class HandChanges {
  private static final FileTime EPOCH = FileTime.fromMillis(0);

  private HandChanges() {}

  /**
   * The first changed paths, relative to the tree, in walk order; a directory (whose entries were
   * added, removed or renamed) ends in {@code /}, the tree's own top is {@code ./}.
   *
   * @param tree the tree's root
   * @param max the most paths returned
   * @return the paths; empty when nothing was changed, or the tree is gone
   */
  static List<String> find(Path tree, int max) throws IOException {
    List<String> changed = new ArrayList<>();
    if (!Files.isDirectory(tree, LinkOption.NOFOLLOW_LINKS)) {
      return changed; // a generation removed by hand: nothing there to lose
    }
    Files.walkFileTree(tree, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
        return visit(dir, a, "/");
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
        return a.isSymbolicLink() ? FileVisitResult.CONTINUE : visit(file, a, ""); // a link's own time is not set
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE; // removed while looked at: its directory shows the change
        }
        throw e;
      }

      private FileVisitResult visit(Path p, BasicFileAttributes a, String suffix) {
        if (!a.lastModifiedTime().equals(EPOCH)) {
          String rel = tree.relativize(p).toString();
          changed.add((rel.isEmpty() ? "." : rel) + suffix);
          if (changed.size() == max) {
            return FileVisitResult.TERMINATE;
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return changed;
  }
}
