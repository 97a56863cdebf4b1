package io.tankos.core.fs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;

/**
 * The operating system's reason for an I/O failure as a short lower-case phrase ({@code "no such
 * file or directory"}, {@code "permission denied"}, {@code "is a directory"}, {@code "not a
 * directory"}), without the path: for messages of the form {@code FILE: reason}.
 *
 * <pre>{@code
 * try {
 *   Files.readAllBytes(path);
 * } catch (IOException e) {
 *   System.err.println(path + ": " + FileErrors.reason(e));
 * }
 * }</pre>
 */
public final class FileErrors {
  private FileErrors() {}

  /**
   * The reason of a failure.
   *
   * @param e the failure
   * @return the reason, never empty and never containing a path of {@code e}
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof NotDirectoryException) {
      return "not a directory";
    } else if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    } else if (e instanceof FileAlreadyExistsException) {
      return "file exists";
    } else if (e instanceof NotLinkException) {
      return "not a symbolic link";
    } else if (e instanceof FileSystemLoopException) {
      return "too many levels of symbolic links";
    }
    String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (text == null || text.isBlank()) {
      return e.getClass().getSimpleName();
    }
    text = text.strip();
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
