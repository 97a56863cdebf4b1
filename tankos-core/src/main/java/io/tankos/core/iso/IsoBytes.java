package io.tankos.core.iso;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/** Field encodings of ECMA-119: both-byte-order numbers, padded strings and the two date forms. */
final class IsoBytes {
  /** The logical sector and block size. */
  static final int BLOCK = 2048;

  private IsoBytes() {}

  static int blocks(long bytes) {
    return (int) ((bytes + BLOCK - 1) / BLOCK);
  }

  static void le16(byte[] b, int off, int v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
  }

  static void be16(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 8);
    b[off + 1] = (byte) v;
  }

  static void le32(byte[] b, int off, long v) {
    for (int i = 0; i < 4; i++) {
      b[off + i] = (byte) (v >>> (8 * i));
    }
  }

  static void be32(byte[] b, int off, long v) {
    for (int i = 0; i < 4; i++) {
      b[off + 3 - i] = (byte) (v >>> (8 * i));
    }
  }

  /** ECMA-119 7.2.3: little-endian then big-endian 16-bit value. */
  static void both16(byte[] b, int off, int v) {
    le16(b, off, v);
    be16(b, off + 2, v);
  }

  /** ECMA-119 7.3.3: little-endian then big-endian 32-bit value. */
  static void both32(byte[] b, int off, long v) {
    le32(b, off, v);
    be32(b, off + 4, v);
  }

  /** An ASCII field padded with spaces. */
  static void ascii(byte[] b, int off, int len, String s) {
    Arrays.fill(b, off, off + len, (byte) ' ');
    byte[] v = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(v, 0, b, off, Math.min(len, v.length));
  }

  /** A UCS-2 (big-endian) field padded with UCS-2 spaces; {@code len} is in bytes. */
  static void ucs2(byte[] b, int off, int len, String s) {
    for (int i = 0; i + 1 < len; i += 2) {
      be16(b, off + i, ' ');
    }
    byte[] v = s.getBytes(StandardCharsets.UTF_16BE);
    System.arraycopy(v, 0, b, off, Math.min(len - len % 2, v.length));
  }

  /** ECMA-119 9.1.5: the 7-byte recording date, in UTC. */
  static byte[] recordingDate(Instant t) {
    LocalDateTime d = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    return new byte[] {
      (byte) (d.getYear() - 1900),
      (byte) d.getMonthValue(),
      (byte) d.getDayOfMonth(),
      (byte) d.getHour(),
      (byte) d.getMinute(),
      (byte) d.getSecond(),
      0
    };
  }

  /** ECMA-119 8.4.26.1: the 17-byte volume date, in UTC. */
  static void volumeDate(byte[] b, int off, Instant t) {
    LocalDateTime d = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    String s =
        String.format(
            java.util.Locale.ROOT,
            "%04d%02d%02d%02d%02d%02d%02d",
            d.getYear(),
            d.getMonthValue(),
            d.getDayOfMonth(),
            d.getHour(),
            d.getMinute(),
            d.getSecond(),
            d.getNano() / 10_000_000);
    System.arraycopy(s.getBytes(StandardCharsets.US_ASCII), 0, b, off, 16);
    b[off + 16] = 0;
  }

  /** ECMA-119 8.4.26.1: a volume date that is not specified (digits zero, offset zero). */
  static void unspecifiedDate(byte[] b, int off) {
    Arrays.fill(b, off, off + 16, (byte) '0');
    b[off + 16] = 0;
  }
}
