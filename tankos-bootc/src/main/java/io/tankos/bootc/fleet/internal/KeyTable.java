package io.tankos.bootc.fleet.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The keys seen so far (host names, instance ids, addresses, MACs) as 64-bit digests, each with
 * the number of the entry that claimed it: 12 bytes a key in open addressing, so the duplicates of
 * 100,000 hosts are found in a few MiB without holding a host. Two different keys share a digest
 * with a probability near 2^-64 per pair.
 */
public final class KeyTable {
  private final MessageDigest sha256;
  private long[] keys = new long[1024];
  private int[] owners = new int[1024];
  private int size;

  /** An empty table. */
  public KeyTable() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Claims a key for an entry.
   *
   * @param kind what the key is ({@code hostname}, {@code address}, ...)
   * @param value the key
   * @param owner the claiming entry's number, at least 0
   * @return the number of the entry that claimed it before, or -1 when it is new (now claimed)
   */
  public int claim(String kind, String value, int owner) {
    long k = digest(kind + '\0' + value);
    int mask = keys.length - 1;
    int i = (int) (k ^ (k >>> 32)) & mask;
    while (owners[i] != 0) {
      if (keys[i] == k) {
        return owners[i] - 1;
      }
      i = (i + 1) & mask;
    }
    keys[i] = k;
    owners[i] = owner + 1;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldOwners = owners;
    keys = new long[oldKeys.length * 2];
    owners = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldOwners[j] != 0) {
        long k = oldKeys[j];
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (owners[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        owners[i] = oldOwners[j];
      }
    }
  }

  private long digest(String text) {
    byte[] d = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (d[i] & 0xff);
    }
    return v;
  }
}
