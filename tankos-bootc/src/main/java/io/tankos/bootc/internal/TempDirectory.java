package io.tankos.bootc.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** A private (0700) temporary directory, deleted with everything in it on {@link #close()}. */
public final class TempDirectory implements AutoCloseable {
  private final Path path;

  private TempDirectory(Path path) {
    this.path = path;
  }

  /**
   * Creates a directory under the system temporary directory.
   *
   * @param prefix the name prefix
   * @return the directory
   */
  public static TempDirectory create(String prefix) {
    try {
      return new TempDirectory(
          Files.createTempDirectory(
              prefix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory", e);
    }
  }

  /**
   * The directory.
   *
   * @return the path
   */
  public Path path() {
    return path;
  }

  /**
   * Reads a file in the directory, trimmed, if it exists.
   *
   * @param name the file name
   * @return the content, or null when missing or empty
   */
  public String readTrimmed(String name) {
    Path file = path.resolve(name);
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      String text = Files.readString(file).trim();
      return text.isEmpty() ? null : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a text file into the directory.
   *
   * @param name the file name
   * @param text the content
   * @return the file
   */
  public Path write(String name, String text) {
    try {
      return Files.writeString(path.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // best effort: a leftover temp file is not worth failing the caller
                }
              });
    } catch (IOException e) {
      // best effort
    }
  }
}
