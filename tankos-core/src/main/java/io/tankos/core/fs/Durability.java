package io.tankos.core.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** File-system steps shared by the directory writer: modes, fsync of directories, deletion. */
final class Durability {
  private static final PosixFilePermission[] BITS = {
    PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
    PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
    PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
    PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
    PosixFilePermission.OWNER_READ
  };

  private Durability() {}

  /** Flushes a directory's entries to disk (fsync of the directory). */
  static void syncDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }

  /** Sets permission bits, set-id and sticky bits included; a no-op off POSIX file systems. */
  static void chmod(Path p, int mode) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return;
    }
    if ((mode & 07000) != 0) {
      Files.setAttribute(p, "unix:mode", mode, LinkOption.NOFOLLOW_LINKS);
      return;
    }
    view.setPermissions(permissions(mode));
  }

  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    for (int i = 0; i < BITS.length; i++) {
      if ((mode & (1 << i)) != 0) {
        set.add(BITS[i]);
      }
    }
    return set;
  }

  /**
   * Deletes a file, a symbolic link (never followed) or a directory tree, making directories
   * writable on the way down; it stays on the file system it starts on (a mount point below is left
   * alone). Best effort: entries that cannot be deleted are left for the next write to remove.
   */
  static void deleteRecursively(Path p) {
    try {
      delete(p, null);
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }

  private static void delete(Path p, Object device) throws IOException {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return;
    }
    if (a.isDirectory()) {
      Object here = Files.getAttribute(p, "unix:dev", LinkOption.NOFOLLOW_LINKS);
      if (device != null && !device.equals(here)) {
        return; // a mount point: never delete another file system's content
      }
      chmod(p, 0700);
      try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
        for (Path child : s) {
          try {
            delete(child, here);
          } catch (IOException e) {
            // best effort: go on with the siblings
          }
        }
      }
    }
    Files.deleteIfExists(p);
  }
}
