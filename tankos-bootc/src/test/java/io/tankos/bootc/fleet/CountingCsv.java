package io.tankos.bootc.fleet;

import java.io.Reader;

/** A generated CSV host list of {@code n} hosts, produced only as it is read, counting its lines. */
final class CountingCsv extends Reader {
  private final int hosts;
  private int produced;
  private String pending = "hostname,instance_id,ssh_authorized_keys,address\n";
  private int at;

  CountingCsv(int hosts) {
    this.hosts = hosts;
  }

  /** Host lines handed out so far (complete or partial). */
  int produced() {
    return produced;
  }

  static String host(int i) {
    return String.format(java.util.Locale.ROOT, "tank-%06d,,\"%s\",10.%d.%d.%d/8\n", i, FleetFixtures.KEY,
        i >> 16 & 255, i >> 8 & 255, i & 255);
  }

  @Override
  public int read(char[] cbuf, int off, int len) {
    if (at == pending.length()) {
      if (produced == hosts) {
        return -1;
      }
      pending = host(produced++);
      at = 0;
    }
    int n = Math.min(len, pending.length() - at);
    pending.getChars(at, at + n, cbuf, off);
    at += n;
    return n;
  }

  @Override
  public void close() {}
}
