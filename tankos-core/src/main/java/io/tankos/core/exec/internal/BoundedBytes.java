package io.tankos.core.exec.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Captured bytes up to a cap, kept in chunks of at most {@value #CHUNK} bytes: memory grows with
 * what is kept (never a doubling copy as in {@code ByteArrayOutputStream}), and bytes past the cap
 * are dropped and remembered as truncation. Not thread-safe.
 */
final class BoundedBytes {
  static final int CHUNK = 256 * 1024;

  private final long cap;
  private final List<byte[]> chunks = new ArrayList<>();
  private int lastUsed;
  private long size;
  private boolean truncated;

  BoundedBytes(long cap) {
    this.cap = cap;
  }

  void write(byte[] bytes, int offset, int count) {
    long room = cap - size;
    int take = (int) Math.min(count, Math.max(0, room));
    if (take < count) {
      truncated = true;
    }
    int from = offset;
    int left = take;
    while (left > 0) {
      if (chunks.isEmpty() || lastUsed == CHUNK) {
        chunks.add(new byte[(int) Math.min(CHUNK, cap - size)]);
        lastUsed = 0;
      }
      byte[] chunk = chunks.get(chunks.size() - 1);
      int n = Math.min(left, chunk.length - lastUsed);
      System.arraycopy(bytes, from, chunk, lastUsed, n);
      lastUsed += n;
      from += n;
      left -= n;
      size += n;
      if (lastUsed == chunk.length) {
        lastUsed = CHUNK;
      }
    }
  }

  boolean truncated() {
    return truncated;
  }

  byte[] toByteArray() {
    byte[] out = new byte[(int) size];
    int at = 0;
    for (byte[] chunk : chunks) {
      int n = (int) Math.min(chunk.length, size - at);
      System.arraycopy(chunk, 0, out, at, n);
      at += n;
    }
    return out;
  }
}
