package io.tankos.examples.cli;

import io.tankos.core.validation.ParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads FILE operands one by one; prints {@code FILE:LINE: message} for each failure. */
final class SourceFiles {
  private SourceFiles() {}

  /** What to do with one file's text; returns its exit status. */
  interface Handler {
    int handle(String file, String text) throws IOException;
  }

  /**
   * Reads a file.
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Runs the handler for every file, going on after failures.
   *
   * @return 0 when every file succeeded, else 1
   */
  static int each(List<String> files, Cli.Io io, Handler handler) {
    int status = 0;
    for (String file : files) {
      try {
        String text = Files.readString(io.resolve(file), StandardCharsets.UTF_8);
        status = Math.max(status, handler.handle(file, text));
      } catch (ParseException e) {
        io.err().println(e.getMessage());
        status = 1;
      } catch (IOException e) {
        io.err().println(file + ": " + e.getMessage());
        status = 1;
      } catch (UncheckedIOException e) {
        io.err().println(file + ": " + e.getCause().getMessage());
        status = 1;
      }
    }
    return status;
  }
}
