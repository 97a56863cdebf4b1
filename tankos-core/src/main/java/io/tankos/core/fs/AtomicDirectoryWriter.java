package io.tankos.core.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a {@link FileTree} into a temporary sibling directory, then swaps it in with renames, so a
 * failure never leaves a half-written target.
 */
final class AtomicDirectoryWriter {
  private static final FileTime EPOCH = FileTime.fromMillis(0);

  private AtomicDirectoryWriter() {}

  static void write(FileTree tree, Path target) {
    Path dir = target.toAbsolutePath().normalize();
    Path parent = dir.getParent();
    if (parent == null) {
      throw new IllegalArgumentException("cannot replace the file system root");
    }
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new UncheckedIOException(
          new FileSystemException(dir.toString(), null, "exists and is not a directory"));
    }
    Path tmp = null;
    try {
      Files.createDirectories(parent);
      tmp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".tmp-");
      populate(tree, tmp);
      swap(tmp, dir);
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        deleteQuietly(tmp);
      }
    }
  }

  private static void populate(FileTree tree, Path root) throws IOException {
    Map<String, Integer> dirs = tree.directories();
    for (String d : dirs.keySet()) {
      Files.createDirectories(root.resolve(d));
    }
    List<Path> directories = new ArrayList<>();
    for (FileEntry e : tree.entries()) {
      Path p = root.resolve(e.path());
      if (e instanceof RegularFile f) {
        Files.write(p, f.contentNoCopy());
        chmod(p, f.mode());
        Files.setLastModifiedTime(p, EPOCH);
      } else if (e instanceof Symlink s) {
        Files.createSymbolicLink(p, p.getFileSystem().getPath(s.target()));
      }
    }
    // directories last, deepest first, so that their times and modes are not changed afterwards
    for (Map.Entry<String, Integer> d : dirs.entrySet()) {
      directories.add(root.resolve(d.getKey()));
    }
    directories.sort(Comparator.comparingInt(Path::getNameCount).reversed());
    for (Path d : directories) {
      chmod(d, dirs.get(root.relativize(d).toString().replace(d.getFileSystem().getSeparator(), "/")));
      Files.setLastModifiedTime(d, EPOCH);
    }
    chmod(root, FileTree.DIRECTORY_MODE);
    Files.getFileAttributeView(root, BasicFileAttributeView.class).setTimes(EPOCH, null, null);
  }

  private static void swap(Path tmp, Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".old-");
    Files.delete(old);
    Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, dir, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteQuietly(old);
  }

  private static void chmod(Path p, int mode) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return; // not a POSIX file system: permissions cannot be expressed
    }
    if ((mode & 07000) != 0) {
      Files.setAttribute(p, "unix:mode", mode, LinkOption.NOFOLLOW_LINKS);
      return;
    }
    view.setPermissions(permissions(mode));
  }

  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.OWNER_READ
    };
    for (int i = 0; i < order.length; i++) {
      if ((mode & (1 << i)) != 0) {
        set.add(order[i]);
      }
    }
    return set;
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> all = new ArrayList<>(walk.toList());
      all.sort(Comparator.comparingInt(Path::getNameCount).reversed());
      for (Path p : all) {
        try {
          if (!Files.isSymbolicLink(p) && Files.isDirectory(p)) {
            chmod(p, 0700);
          }
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: the swap already succeeded or failed for another reason
        }
      }
    } catch (IOException | UncheckedIOException ignored) {
      // best effort
    }
  }
}
