package io.tankos.examples.cli;

import io.tankos.core.fs.FileErrors;
import java.io.IOException;

/**
 * A file a command needs cannot be read or written: printed as {@code tankos CMD: FILE: reason}
 * with exit status 1. FILE is the path as the user gave it, control characters escaped.
 */
public final class FileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure with a reason in words.
   *
   * @param file the path as given on the command line
   * @param reason e.g. {@code "no such file or directory"}
   */
  public FileException(String file, String reason) {
    super(display(file) + ": " + reason);
  }

  /**
   * A failure with the operating system's reason.
   *
   * @param file the path as given on the command line
   * @param cause the I/O failure
   * @return the exception
   */
  static FileException of(String file, IOException cause) {
    FileException e = new FileException(file, FileErrors.reason(cause));
    e.initCause(cause);
    return e;
  }

  /** A path for a one-line message: empty shown as {@code ''}, control characters as escapes. */
  static String display(String file) {
    if (file.isEmpty()) {
      return "''";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < file.length(); i++) {
      char c = file.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c < 0x20 || c == 0x7f) {
        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
