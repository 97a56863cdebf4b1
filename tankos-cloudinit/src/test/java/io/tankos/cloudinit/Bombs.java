package io.tankos.cloudinit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * Hostile user-data built cheaply: gzip bombs (a deflate block flushed with {@code FULL_FLUSH} does
 * not refer back, so one compressed chunk repeated N times inflates to N copies of its input
 * without ever compressing gigabytes), nested and wide MIME, and YAML alias and nesting bombs.
 */
final class Bombs {
  private Bombs() {}

  /**
   * A gzip stream that inflates to about {@code inflated} bytes. Its trailer is not valid: a reader
   * that inflates everything fails at the end, a bounded one stops long before.
   *
   * @param seed chooses the repeated content
   * @param randomBytes how many of each 64 KiB block are random (0: zeros, ratio about 1000:1)
   * @param inflated the size it inflates to
   * @return the gzip bytes
   */
  static byte[] gzip(long seed, int randomBytes, long inflated) {
    byte[] block = new byte[64 * 1024];
    Random rnd = new Random(seed);
    for (int i = 0; i < randomBytes; i++) {
      block[rnd.nextInt(block.length)] = (byte) ('a' + rnd.nextInt(26));
    }
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    d.setInput(block);
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    int n;
    do {
      n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
      chunk.write(buf, 0, n);
    } while (n == buf.length);
    d.end();
    byte[] c = chunk.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
    for (long done = 0; done < inflated; done += block.length) {
      out.write(c, 0, c.length);
    }
    out.writeBytes(new byte[] {3, 0}); // an empty final block
    out.writeBytes(new byte[8]); // CRC and size: wrong on purpose
    return out.toByteArray();
  }

  /** Multipart nested {@code depth} levels deep around one cloud-config part. */
  static String nestedMime(int depth) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      open.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\n")
          .append(i == 0 ? "MIME-Version: 1.0\n" : "").append("\n--b").append(i).append('\n');
      close.insert(0, "\n--b" + i + "--\n");
    }
    return open + "Content-Type: text/cloud-config\n\nhostname: deep\n" + close;
  }

  /** One multipart with {@code parts} shell-script parts (empty ones when {@code empty}). */
  static String wideMime(int parts, boolean empty) {
    StringBuilder b = new StringBuilder("Content-Type: multipart/mixed; boundary=\"w\"\n"
        + "MIME-Version: 1.0\n\n");
    for (int i = 0; i < parts; i++) {
      b.append("--w\n");
      if (!empty) {
        b.append("Content-Type: text/x-shellscript\n\n#!/bin/sh\necho ").append(i).append('\n');
      }
    }
    return b.append("--w--\n").toString();
  }

  /** A multipart whose one part is base64 of the given bytes. */
  static byte[] base64Part(String type, byte[] content) {
    return ("Content-Type: multipart/mixed; boundary=\"p\"\nMIME-Version: 1.0\n\n--p\n"
        + "Content-Type: " + type + "\nContent-Transfer-Encoding: base64\n\n"
        + Base64.getMimeEncoder().encodeToString(content) + "\n--p--\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** The classic "billion laughs": {@code levels} levels, each listing the previous {@code width} times. */
  static String laughs(int levels, int width) {
    StringBuilder b = new StringBuilder("#cloud-config\nl0: &l0 lol\n");
    for (int i = 1; i <= levels; i++) {
      b.append('l').append(i).append(": &l").append(i).append(" [");
      for (int j = 0; j < width; j++) {
        b.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
      }
      b.append("]\n");
    }
    return b.toString();
  }

  /** Nesting by flow sequences: {@code [[[...]]]}. */
  static String deepFlow(int depth) {
    return "#cloud-config\nk: " + "[".repeat(depth) + "x" + "]".repeat(depth) + "\n";
  }

  /** Nesting by block mappings, two spaces per level. */
  static String deepBlock(int depth) {
    StringBuilder b = new StringBuilder("#cloud-config\n");
    for (int i = 0; i < depth; i++) {
      b.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    return b.append("  ".repeat(depth)).append("leaf\n").toString();
  }
}
