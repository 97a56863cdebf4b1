package io.tankos.core.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree into a new directory durably: every file's content and mode and every directory's
 * entries are flushed to disk (fsync) before the directory is published. Files and directories get
 * the modification time 1970-01-01.
 */
final class TreeStager {
  private static final FileTime EPOCH = FileTime.fromMillis(0);

  private TreeStager() {}

  /** Creates {@code root} (which must not exist) and writes the tree into it. */
  static void stage(FileTree tree, Path root) throws IOException {
    Files.createDirectory(root);
    Map<String, Integer> dirs = tree.directories();
    for (String d : dirs.keySet()) {
      Files.createDirectories(root.resolve(d));
    }
    List<Path> unsynced = new ArrayList<>();
    for (FileEntry e : tree.entries()) {
      Path p = root.resolve(e.path());
      if (e instanceof RegularFile f) {
        if (!writeFile(p, f)) {
          unsynced.add(p);
        }
      } else if (e instanceof Symlink s) {
        Files.createSymbolicLink(p, p.getFileSystem().getPath(s.target()));
      }
    }
    // one pass of fsync after all writes: the first flush carries most of the others' data
    for (Path p : unsynced) {
      try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
        ch.force(true);
      }
    }
    // directories last, deepest first, so that their times and modes are not changed afterwards;
    // each is flushed before its mode may take away the right to open it
    List<String> order = new ArrayList<>(dirs.keySet());
    order.sort(Comparator.comparingInt((String d) -> d.split("/").length).reversed());
    for (String d : order) {
      Path p = root.resolve(d);
      Durability.syncDirectory(p);
      Durability.chmod(p, dirs.get(d));
      Files.setLastModifiedTime(p, EPOCH);
    }
    Durability.chmod(root, FileTree.DIRECTORY_MODE);
    Files.getFileAttributeView(root, BasicFileAttributeView.class).setTimes(EPOCH, null, null);
    Durability.syncDirectory(root);
  }

  /**
   * Writes one file with its mode and time; flushes it at once only when its mode will not let the
   * owner open it again for reading.
   *
   * @return whether the file was flushed
   */
  private static boolean writeFile(Path p, RegularFile f) throws IOException {
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(f.contentNoCopy());
      while (buffer.hasRemaining()) {
        ch.write(buffer);
      }
      Durability.chmod(p, f.mode());
      Files.setLastModifiedTime(p, EPOCH);
      if ((f.mode() & 0400) == 0) {
        ch.force(true);
        return true;
      }
      return false;
    }
  }
}
