package io.tankos.bootc.internal;

import io.tankos.core.secret.SecretValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private (0700) temporary directory, deleted with everything in it on {@link #close()}; secret
 * files written with {@link #writeSecret} are created 0600 and overwritten with zeros first.
 */
public final class TempDirectory implements AutoCloseable {
  private final Path path;
  private final List<Path> secretFiles = new ArrayList<>();

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

  /**
   * Writes a secret's value into a new file of the directory, readable by this user only (0600 from
   * its creation on).
   *
   * @param name the file name
   * @param secret the secret
   * @return the file
   */
  public Path writeSecret(String name, SecretValue secret) {
    Path file = path.resolve(name);
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      secretFiles.add(file);
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
        secret.writeTo(out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write secret " + secret.name() + " to a temporary file", e);
    }
  }

  @Override
  public void close() {
    for (Path file : secretFiles) {
      wipe(file);
    }
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

  private static void wipe(Path file) {
    try {
      long size = Files.size(file);
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
        byte[] zeros = new byte[8192];
        for (long left = size; left > 0; left -= zeros.length) {
          out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
      }
    } catch (IOException e) {
      // deleted below in any case
    }
  }
}
