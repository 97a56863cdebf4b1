package io.tankos.core.fs;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;

/** Checks the relative paths of {@link FileTree} entries. */
final class FilePaths {
  private FilePaths() {}

  /** The location naming a path in problems; a blank path gets a readable placeholder. */
  static Location location(String path) {
    return path.isBlank() ? Location.of("(blank path '" + path + "')") : Location.of(path);
  }

  /**
   * Checks a relative path: not empty, not absolute, no empty, {@code .} or {@code ..} segment, no
   * NUL, no trailing slash.
   *
   * @return the path
   */
  static String check(String path, Location at) {
    if (path.isEmpty()) {
      throw new ValidationException(at, "path is empty");
    }
    if (path.startsWith("/")) {
      throw new ValidationException(at, "path must be relative");
    }
    if (path.indexOf('\0') >= 0) {
      throw new ValidationException(at, "path contains NUL");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new ValidationException(at, "path has an empty, '.' or '..' segment");
      }
    }
    return path;
  }
}
