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
    String problem = problem(path);
    if (problem != null) {
      throw new ValidationException(at, problem);
    }
    return path;
  }

  /**
   * What is wrong with a relative path, read in place (a tree of many files checks every path).
   *
   * @return the reason, or null when the path is good
   */
  static String problem(String path) {
    if (path.isEmpty()) {
      return "path is empty";
    }
    if (path.charAt(0) == '/') {
      return "path must be relative";
    }
    if (path.indexOf('\0') >= 0) {
      return "path contains NUL";
    }
    int start = 0;
    while (true) {
      int end = path.indexOf('/', start);
      int stop = end < 0 ? path.length() : end;
      int length = stop - start;
      if (length == 0 || path.charAt(start) == '.' && (length == 1 || length == 2 && path.charAt(start + 1) == '.')) {
        return "path has an empty, '.' or '..' segment";
      }
      if (end < 0) {
        return null;
      }
      start = end + 1;
    }
  }
}
