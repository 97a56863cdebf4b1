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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A new directory written durably, part after part: every file's content and mode and every
 * directory's entries are flushed to disk (fsync) by {@link #finish()}, before the directory is
 * published. Files and directories get the modification time 1970-01-01. What is kept between parts
 * is the paths written and the directories' modes, never file content; a part may not write where
 * an earlier one did, nor below an earlier part's file or link.
 */
final class TreeStage implements TreeSink {
  private static final FileTime EPOCH = FileTime.fromMillis(0);

  private final Path root;
  private final Map<String, Integer> dirs = new HashMap<>();
  /** Every file and link written so far: no later part may write below one (a link followed). */
  private final Set<String> leaves = new HashSet<>();
  private final List<String> unsynced = new ArrayList<>();

  /** Creates {@code root}, which must not exist. */
  TreeStage(Path root) throws IOException {
    this.root = root;
    Files.createDirectory(root);
  }

  /**
   * Writes a part's files and directories.
   *
   * @throws IllegalArgumentException when a path was written by an earlier part, or a directory's
   *     mode differs from an earlier part's
   */
  @Override
  public void add(FileTree part) {
    try {
      for (Map.Entry<String, Integer> d : part.directories().entrySet()) {
        if (leaves.contains(d.getKey())) {
          // checked before anything is created: a link there would be followed out of the tree
          throw new IllegalArgumentException(d.getKey() + ": a file or link of an earlier part, not a"
              + " directory");
        }
        Integer before = dirs.putIfAbsent(d.getKey(), d.getValue());
        if (before == null) {
          Files.createDirectories(root.resolve(d.getKey()));
        } else if (!before.equals(d.getValue())) {
          throw new IllegalArgumentException("directory " + d.getKey() + ": mode "
              + Integer.toOctalString(d.getValue()) + " differs from an earlier part's "
              + Integer.toOctalString(before));
        }
      }
      for (FileEntry e : part.entries()) {
        Path p = root.resolve(e.path());
        if (e instanceof Directory) {
          continue;
        }
        if (dirs.containsKey(e.path())) {
          throw new IllegalArgumentException(e.path() + ": already a directory of an earlier part");
        }
        if (!leaves.add(e.path())) {
          throw new IllegalArgumentException(e.path() + ": written twice");
        }
        if (e instanceof RegularFile f) {
          if (!writeFile(p, f)) {
            unsynced.add(e.path());
          }
        } else if (e instanceof Symlink s) {
          Files.createSymbolicLink(p, p.getFileSystem().getPath(s.target()));
        }
      }
    } catch (IOException e) {
      throw new WriteFailed(e);
    }
  }

  /** A failure to write a part, told apart from the producer's own unchecked I/O failures. */
  static final class WriteFailed extends java.io.UncheckedIOException {
    private static final long serialVersionUID = 1L;

    WriteFailed(IOException cause) {
      super(cause);
    }
  }

  /** Flushes everything written and sets the directories' modes and times. */
  void finish() throws IOException {
    // one pass of fsync after all writes: the first flush carries most of the others' data
    for (String p : unsynced) {
      try (FileChannel ch = FileChannel.open(root.resolve(p), StandardOpenOption.READ)) {
        ch.force(true);
      }
    }
    // directories last, deepest first, so that their times and modes are not changed afterwards;
    // each is flushed before its mode may take away the right to open it
    List<String> order = new ArrayList<>(dirs.keySet());
    order.sort(Comparator.comparingInt((String d) -> d.split("/").length).reversed()
        .thenComparing(Comparator.naturalOrder()));
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
