package io.tankos.cloudinit.internal;

import io.tankos.core.text.BoundedInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * Deterministic gzip: a fixed header (no file name, modification time 0, OS "unknown"), maximum
 * compression; the same bytes give the same output on every JDK.
 */
public final class Gzip {
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, (byte) 0xff};

  private Gzip() {}

  /**
   * Compresses.
   *
   * @param data input
   * @return gzip bytes
   */
  public static byte[] compress(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(HEADER);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      byte[] buf = new byte[8192];
      while (!deflater.finished()) {
        int n = deflater.deflate(buf);
        out.write(buf, 0, n);
      }
    } finally {
      deflater.end();
    }
    CRC32 crc = new CRC32();
    crc.update(data);
    writeIntLe(out, (int) crc.getValue());
    writeIntLe(out, data.length);
    return out.toByteArray();
  }

  /**
   * Whether bytes start with the gzip magic number.
   *
   * @param data bytes
   * @return true for gzip
   */
  public static boolean isGzip(byte[] data) {
    return data.length >= 2 && data[0] == 0x1f && data[1] == (byte) 0x8b;
  }

  /**
   * Decompresses, stopping as soon as the output passes a limit (a gzip bomb is never inflated in
   * memory beyond it).
   *
   * @param source the name for messages
   * @param data gzip bytes
   * @param maxBytes the most output accepted
   * @param limit the limit's name for the message
   * @return the content
   * @throws io.tankos.core.validation.LimitExceededException when the content is larger than {@code maxBytes}
   * @throws UncheckedIOException when the data is not gzip
   */
  public static byte[] decompress(String source, byte[] data, long maxBytes, String limit) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
      return BoundedInput.readAll(source, in, maxBytes, limit, "gzip data inflates to more than");
    } catch (IOException e) {
      throw new UncheckedIOException("not valid gzip data: " + e.getMessage(), e);
    }
  }

  private static void writeIntLe(ByteArrayOutputStream out, int v) {
    out.write(v & 0xff);
    out.write((v >>> 8) & 0xff);
    out.write((v >>> 16) & 0xff);
    out.write((v >>> 24) & 0xff);
  }
}
