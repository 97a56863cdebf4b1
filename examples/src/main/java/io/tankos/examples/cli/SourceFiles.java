package io.tankos.examples.cli;

import io.tankos.core.text.BoundedInput;
import io.tankos.core.text.Shown;
import io.tankos.core.validation.ParseException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads FILE operands, never more than the format's size limit; a file that cannot be read is a
 * {@link FileException}. The bytes go to the library's byte parsers, which decode strict UTF-8:
 * nothing is ever replaced by U+FFFD.
 */
final class SourceFiles {
  private static final String IS_DIRECTORY = "is a directory";
  private static final String NOT_REGULAR = "not a regular file";

  private SourceFiles() {}

  /** What to do with one file's bytes; returns its exit status. */
  interface Handler {
    int handle(String file, byte[] bytes);
  }

  /**
   * The size limit of one input format.
   *
   * @param maxBytes the largest file accepted
   * @param name the limit's name for messages, e.g. {@code UnitFileLimits.MAX_FILE_BYTES}
   */
  record Limit(long maxBytes, String name) {}

  /**
   * Reads a regular file (a link to one is followed), at most {@code limit} bytes.
   *
   * @param io the working directory
   * @param file the path as given
   * @param limit the format's size limit
   * @return the bytes
   * @throws FileException naming the file and the reason when it cannot be read
   * @throws io.tankos.core.validation.LimitExceededException {@code FILE: larger than N bytes
   *     (limit NAME = N)} when the file is over the limit
   */
  static byte[] read(Cli.Io io, String file, Limit limit) {
    return readChecked(file, checkRegular(io, file), limit);
  }

  /**
   * Reads a file whose attributes the caller has read (following links), at most {@code limit}
   * bytes: no second look at the file.
   *
   * @param file the path as shown
   * @param p the path
   * @param attributes its attributes, or null when they could not be read (the opening reports why)
   * @param limit the format's size limit
   * @return the bytes
   * @throws FileException naming the file and the reason when it cannot be read
   */
  static byte[] read(String file, Path p, BasicFileAttributes attributes, Limit limit) {
    if (attributes != null) {
      check(file, attributes);
    }
    return readChecked(file, p, limit);
  }

  private static byte[] readChecked(String file, Path p, Limit limit) {
    try {
      return BoundedInput.readAll(file, p, limit.maxBytes(), limit.name());
    } catch (UncheckedIOException e) {
      throw FileException.of(file, e.getCause());
    }
  }

  /**
   * Checks that a file exists, is regular and can be opened for reading, without reading it (for
   * files another program reads, such as {@code build --file}).
   *
   * @param io the working directory
   * @param file the path as given
   * @throws FileException naming the file and the reason when it cannot be read
   */
  static void checkReadable(Cli.Io io, String file) {
    Path p = checkRegular(io, file);
    try (InputStream in = Files.newInputStream(p)) {
      // opened: readable
    } catch (IOException e) {
      throw FileException.of(file, e);
    }
  }

  /**
   * Checks that a file is not a directory or a special file (a FIFO would block the command, a
   * device never end); a missing one is left to the opening.
   *
   * @param io the working directory
   * @param file the path as given
   * @return the resolved path
   * @throws FileException naming the file and the reason
   */
  static Path checkRegular(Cli.Io io, String file) {
    Path p = io.resolve(file);
    if (p.getFileSystem() != FileSystems.getDefault()) {
      try { // one stat (following links), not one per question
        check(file, Files.readAttributes(p, BasicFileAttributes.class));
      } catch (IOException e) {
        // missing or not statable: the opening reports it
      }
      return p;
    }
    // java.io's questions are one native stat each (following links), far less code than reading
    // NIO attributes in a short run; a regular file, the usual case, asks one
    File f = p.toFile();
    if (f.isFile()) {
      return p;
    }
    if (f.isDirectory()) {
      throw new FileException(file, IS_DIRECTORY);
    }
    if (f.exists()) {
      throw new FileException(file, NOT_REGULAR);
    }
    return p; // missing or not statable: the opening reports it
  }

  private static void check(String file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      throw new FileException(file, IS_DIRECTORY);
    }
    if (!attributes.isRegularFile()) {
      throw new FileException(file, NOT_REGULAR);
    }
  }

  /**
   * Runs the handler for every file, going on after failures: a file that cannot be read or does
   * not parse (not UTF-8, over the size limit, bad syntax) is reported as {@code tankos CMD: FILE:
   * reason} or {@code tankos CMD: FILE:LINE: message}.
   *
   * @return 0 when every file succeeded, else 1
   */
  static int each(List<String> files, Limit limit, Cli.Io io, String command, Handler handler) {
    int status = 0;
    for (String file : files) {
      try {
        status = Math.max(status, handler.handle(file, read(io, file, limit)));
      } catch (FileException | ParseException e) {
        io.err().println(command + ": " + Shown.line(e.getMessage(), Cli.MAX_MESSAGE));
        status = 1;
      }
    }
    return status;
  }
}
