package io.tankos.examples.cli;

import io.tankos.core.validation.ParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads FILE operands; a file that cannot be read is a {@link FileException}. */
final class SourceFiles {
  private SourceFiles() {}

  /** What to do with one file's text; returns its exit status. */
  interface Handler {
    int handle(String file, String text);
  }

  /**
   * Reads a regular file (a link to one is followed).
   *
   * @param io the working directory
   * @param file the path as given
   * @return the bytes
   * @throws FileException naming the file and the reason when it cannot be read
   */
  static byte[] read(Cli.Io io, String file) {
    Path p = io.resolve(file);
    try {
      if (Files.isDirectory(p)) {
        throw new FileException(file, "is a directory");
      }
      if (Files.exists(p) && !Files.isRegularFile(p)) {
        throw new FileException(file, "not a regular file");
      }
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw FileException.of(file, e);
    }
  }

  /**
   * Runs the handler for every file, going on after failures: a file that cannot be read is
   * reported as {@code tankos CMD: FILE: reason}, one that does not parse as {@code FILE:LINE:
   * message}.
   *
   * @return 0 when every file succeeded, else 1
   */
  static int each(List<String> files, Cli.Io io, String command, Handler handler) {
    int status = 0;
    for (String file : files) {
      try {
        String text = new String(read(io, file), StandardCharsets.UTF_8);
        status = Math.max(status, handler.handle(file, text));
      } catch (FileException e) {
        io.err().println(command + ": " + e.getMessage());
        status = 1;
      } catch (ParseException e) {
        io.err().println(e.getMessage());
        status = 1;
      }
    }
    return status;
  }
}
