package io.tankos.core.text;

import io.tankos.core.validation.LimitExceededException;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a file or stream whole, but never more than a limit: the parser's file-size limit is
 * enforced before the content is in memory.
 *
 * <pre>{@code
 * byte[] bytes = BoundedInput.readAll("web.container", path,
 *     io.tankos.core.unit.UnitFileLimits.MAX_FILE_BYTES, "UnitFileLimits.MAX_FILE_BYTES");
 * io.tankos.core.unit.UnitFile unit = io.tankos.core.unit.UnitFile.parse("web.container", bytes);
 * }</pre>
 */
public final class BoundedInput {
  private static final int CHUNK = 64 * 1024;

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
    if (file.getFileSystem() == FileSystems.getDefault()) {
      // java.io's stream opens and reads in a few native calls, where a channel runs far more
      // code, most of it not yet compiled in a short run; a file it cannot open is opened again
      // as a channel, which names the reason with a typed exception (NoSuchFileException, ...)
      FileInputStream in;
      try {
        in = new FileInputStream(file.toFile());
      } catch (FileNotFoundException e) {
        return readThroughChannel(source, file, maxBytes, limit);
      }
      try (in) {
        return readAll(source, in, maxBytes, limit, "larger than", firstChunk(in.available()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return readThroughChannel(source, file, maxBytes, limit);
  }

  private static byte[] readThroughChannel(String source, Path file, long maxBytes, String limit) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        InputStream in = Channels.newInputStream(channel)) {
      return readAll(source, in, maxBytes, limit, "larger than", firstChunk(channel.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The first read is sized to the file (one byte more sees its end): a small file costs its size,
   * not a whole chunk; a file that grows meanwhile is read on in chunks, within the limit.
   */
  private static int firstChunk(long size) {
    return (int) Math.min(CHUNK, Math.max(0, size) + 1);
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
    return readAll(source, in, maxBytes, limit, "larger than");
  }

  /**
   * Reads a stream to its end (the stream is not closed), holding at most {@code maxBytes} plus one
   * buffer: the content is kept in fixed-size chunks, never in a doubling array.
   *
   * @param source the name used in error messages
   * @param in the stream, e.g. an inflating one
   * @param maxBytes the largest size accepted
   * @param limit the limit's name for the message
   * @param what the message's start, e.g. {@code gzip data inflates to more than}
   * @return the content
   * @throws LimitExceededException {@code SOURCE: WHAT N bytes (limit ...)} as soon as more than
   *     {@code maxBytes} were read
   * @throws UncheckedIOException when reading fails
   */
  public static byte[] readAll(String source, InputStream in, long maxBytes, String limit,
      String what) {
    return readAll(source, in, maxBytes, limit, what, CHUNK);
  }

  private static byte[] readAll(String source, InputStream in, long maxBytes, String limit,
      String what, int firstChunk) {
    List<byte[]> chunks = new ArrayList<>();
    long total = 0;
    int size = firstChunk;
    try {
      while (true) {
        byte[] chunk = new byte[size];
        int filled = in.readNBytes(chunk, 0, size);
        total += filled;
        if (total > maxBytes) {
          throw new LimitExceededException(source, 0, what + " " + maxBytes + " bytes", limit,
              maxBytes);
        }
        if (filled > 0) {
          chunks.add(filled == size ? chunk : Arrays.copyOf(chunk, filled));
        }
        if (filled < size) {
          break;
        }
        size = CHUNK;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] out = new byte[(int) total];
    int at = 0;
    for (byte[] c : chunks) {
      System.arraycopy(c, 0, out, at, c.length);
      at += c.length;
    }
    return out;
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
