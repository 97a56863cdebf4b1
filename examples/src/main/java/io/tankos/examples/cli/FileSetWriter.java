package io.tankos.examples.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes several files into a directory all or none: every file is first written next to its place
 * (a hidden temporary file, flushed), then each is renamed into place; if anything fails, the files
 * already replaced get their old content back and new ones are removed. A replaced file keeps its
 * permission bits; a new one gets {@code 0644}. A FILE that is a symbolic link, a directory or
 * anything but a regular file is refused before anything is written.
 */
final class FileSetWriter {
  /** Renames a staged file into place; a seam for tests that fail the n-th move. */
  interface Move {
    void move(Path staged, Path target) throws IOException;
  }

  private static final int NEW_FILE_MODE = 0644;

  private final Move move;

  FileSetWriter() {
    this((s, t) -> Files.move(s, t, StandardCopyOption.ATOMIC_MOVE));
  }

  FileSetWriter(Move move) {
    this.move = move;
  }

  /** One file to write: where (relative to DIR), what, and how to name it in messages. */
  record Output(String relativePath, byte[] bytes, String display) {}

  /** A file on its way: staged copy, backup of the file it replaces. */
  private static final class Slot {
    final Output output;
    final Path target;
    Path staged;
    Path backup;
    boolean placed;

    Slot(Output output, Path target) {
      this.output = output;
      this.target = target;
    }
  }

  /**
   * Writes the files.
   *
   * @param dir the directory, resolved; created when missing
   * @param dirDisplay the directory as given
   * @param outputs the files
   * @throws FileException naming the file that failed; every file is as before
   */
  void write(Path dir, String dirDisplay, List<Output> outputs) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new FileException(dirDisplay, "not a directory");
    }
    Map<Path, Slot> slots = new LinkedHashMap<>();
    for (Output o : outputs) {
      Path target = dir.resolve(o.relativePath());
      if (slots.putIfAbsent(target, new Slot(o, target)) != null) {
        throw new FileException(o.display(), "two FILEs would be written to this one place");
      }
      refuse(target, o.display());
    }
    List<Slot> all = new ArrayList<>(slots.values());
    Slot current = null;
    try {
      for (Slot s : all) {
        current = s;
        stage(s);
      }
      for (Slot s : all) {
        current = s;
        place(s);
      }
    } catch (IOException e) {
      undo(all);
      throw FileException.of(current.output.display(), e);
    }
    for (Slot s : all) {
      deleteQuietly(s.backup);
    }
  }

  private static void refuse(Path target, String display) {
    if (Files.isSymbolicLink(target)) {
      throw new FileException(display, "refusing to replace: a symbolic link");
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileException(display, "is a directory");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileException(display, "not a regular file");
    }
  }

  private static void stage(Slot s) throws IOException {
    Path parent = s.target.getParent();
    Files.createDirectories(parent);
    Set<PosixFilePermission> mode = Files.exists(s.target, LinkOption.NOFOLLOW_LINKS)
        ? Files.getPosixFilePermissions(s.target, LinkOption.NOFOLLOW_LINKS)
        : permissions(NEW_FILE_MODE);
    s.staged = Files.createTempFile(parent, "." + s.target.getFileName() + ".", ".tankos-new");
    try (FileChannel ch = FileChannel.open(s.staged, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.wrap(s.output.bytes());
      while (b.hasRemaining()) {
        ch.write(b);
      }
      Files.setPosixFilePermissions(s.staged, mode);
      ch.force(true);
    }
  }

  private void place(Slot s) throws IOException {
    if (Files.exists(s.target, LinkOption.NOFOLLOW_LINKS)) {
      s.backup = s.target.resolveSibling("." + s.target.getFileName() + "." + ProcessHandle.current().pid()
          + ".tankos-old");
      Files.deleteIfExists(s.backup);
      try {
        Files.createLink(s.backup, s.target);
      } catch (UnsupportedOperationException | IOException e) {
        Files.copy(s.target, s.backup, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    move.move(s.staged, s.target);
    s.staged = null;
    s.placed = true;
  }

  private static void undo(List<Slot> all) {
    for (Slot s : all) {
      deleteQuietly(s.staged);
      try {
        if (s.placed && s.backup != null) {
          Files.move(s.backup, s.target, StandardCopyOption.ATOMIC_MOVE);
        } else if (s.placed) {
          Files.deleteIfExists(s.target);
        } else {
          deleteQuietly(s.backup);
        }
      } catch (IOException e) {
        // best effort: the backup stays next to the file
      }
    }
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // best effort
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE
    for (int i = 0; i < bits.length; i++) {
      if ((mode & (0400 >> i)) != 0) {
        set.add(bits[i]);
      }
    }
    return set;
  }
}
