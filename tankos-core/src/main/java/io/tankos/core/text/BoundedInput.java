package io.tankos.core.text;

import io.tankos.core.validation.LimitExceededException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file or stream whole, but never more than a limit: the parser's file-size limit is
 * enforced before the content is in memory.
 *
 * <pre>{@code
 * byte[] bytes = BoundedInput.readAll("web.container", path,
 *     UnitFileLimits.MAX_FILE_BYTES, "UnitFileLimits.MAX_FILE_BYTES");
 * UnitFile unit = UnitFile.parse("web.container", bytes);
 * }</pre>
 */
public final class BoundedInput {
  private BoundedInput() {}

  /**
   * Reads a file.
   *
   * @param source the name used in error messages
   * @param file the file
   * @param maxBytes the largest size accepted
   * @param limit the limit's name for the message, e.g. {@code UnitFileLimits.MAX_FILE_BYTES}
   * @return the content
   * @throws LimitExceededException when the file is larger than {@code maxBytes}
   * @throws UncheckedIOException when reading fails
   */
  public static byte[] readAll(String source, Path file, long maxBytes, String limit) {
    try (InputStream in = Files.newInputStream(file)) {
      return readAll(source, in, maxBytes, limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a stream to its end (the stream is not closed).
   *
   * @param source the name used in error messages
   * @param in the stream
   * @param maxBytes the largest size accepted
   * @param limit the limit's name for the message
   * @return the content
   * @throws LimitExceededException as soon as more than {@code maxBytes} were read
   * @throws UncheckedIOException when reading fails
   */
  public static byte[] readAll(String source, InputStream in, long maxBytes, String limit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    try {
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge(source, maxBytes, limit);
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The error for content over a size limit.
   *
   * @param source the name used in the message
   * @param maxBytes the limit's value
   * @param limit the limit's name
   * @return the exception, for the caller to throw
   */
  public static LimitExceededException tooLarge(String source, long maxBytes, String limit) {
    return new LimitExceededException(source, 0, "larger than " + maxBytes + " bytes", limit,
        maxBytes);
  }
}
