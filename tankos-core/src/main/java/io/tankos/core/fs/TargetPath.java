package io.tankos.core.fs;

import io.tankos.core.fs.TargetRefusedException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where {@link FileTree#writeTo(Path, WriteOptions)} writes: the target's directory resolved once,
 * physically (every symbolic link in it followed, {@code .} and {@code ..} applied to the real
 * directory), and the target's own name, which is never followed. Resolution refuses names that are
 * not names and protected directories; it changes nothing on disk.
 */
final class TargetPath {
  private static final Pattern STORE_NAME = Pattern.compile("\\..+\\" + GenerationStore.SUFFIX);

  private final Path given;
  private final Path parent;
  private final String name;

  private TargetPath(Path given, Path parent, String name) {
    this.given = given;
    this.parent = parent;
    this.name = name;
  }

  /** The path the caller gave. */
  Path given() {
    return given;
  }

  /** The target's directory, physical and absolute; it may not exist yet. */
  Path parent() {
    return parent;
  }

  /** The target's name. */
  String name() {
    return name;
  }

  /** The target: {@link #parent()} and {@link #name()}. */
  Path path() {
    return parent.resolve(name);
  }

  /**
   * Resolves a target and applies the rules that hold whatever is on disk at the target.
   *
   * @throws TargetRefusedException for an empty path, a path ending in {@code .}, {@code ..} or the
   *     root, a protected directory or an ancestor of one, or a path inside a generation store
   * @throws IOException when a directory on the way cannot be resolved
   */
  static TargetPath resolve(Path given, WriteOptions options) throws IOException {
    if (given.toString().isEmpty()) {
      throw new TargetRefusedException(given, Reason.NOT_A_NAME, "the path is empty");
    }
    Path absolute = given.toAbsolutePath();
    Path fileName = absolute.getFileName();
    if (fileName == null) {
      throw new TargetRefusedException(given, Reason.NOT_A_NAME, "it is the root directory");
    }
    String name = fileName.toString();
    if (name.equals(".") || name.equals("..")) {
      throw new TargetRefusedException(
          given, Reason.NOT_A_NAME, "the path ends in '" + name + "' instead of a directory name");
    }
    TargetPath t = new TargetPath(given, physical(absolute.getParent()), name);
    t.refuseProtected(physical(Path.of("").toAbsolutePath()), "the working directory");
    String home = System.getProperty("user.home");
    if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) {
      t.refuseProtected(physical(Path.of(home)), "the home directory");
    }
    for (Path p : options.protectedDirectories()) {
      t.refuseProtected(physical(p), "the protected directory " + p);
    }
    t.refuseInsideStore();
    return t;
  }

  private void refuseProtected(Path dir, String what) {
    Path target = path();
    if (dir.startsWith(target)) {
      String detail = dir.equals(target) ? "it is " + what : "it is an ancestor of " + what;
      throw new TargetRefusedException(given, Reason.PROTECTED, detail);
    }
  }

  private void refuseInsideStore() {
    for (Path a = parent; a != null && a.getFileName() != null; a = a.getParent()) {
      if (STORE_NAME.matcher(a.getFileName().toString()).matches()
          && Files.isRegularFile(a.resolve(GenerationStore.MARKER), LinkOption.NOFOLLOW_LINKS)) {
        throw new TargetRefusedException(
            given, Reason.STORE_CONFLICT, "it lies inside the tankos generation store " + a);
      }
    }
  }

  /**
   * An absolute path with every symbolic link followed and {@code .} and {@code ..} applied to the
   * real directories, like {@code realpath -m}: components that do not exist are kept as given.
   */
  static Path physical(Path absolute) throws IOException {
    Path current = absolute.getRoot();
    for (Path part : absolute) {
      String s = part.toString();
      if (s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        current = current.getParent() == null ? current : current.getParent();
        continue;
      }
      Path next = current.resolve(s);
      if (Files.isSymbolicLink(next)) {
        next = next.toRealPath();
      }
      current = next;
    }
    return current;
  }
}
