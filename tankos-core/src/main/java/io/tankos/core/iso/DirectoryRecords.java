package io.tankos.core.iso;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory records of one directory in one hierarchy (primary or Joliet): {@code .}, {@code
 * ..}, then the children in order, packed so that no record crosses a block boundary (ECMA-119
 * 6.8.1.1).
 */
final class DirectoryRecords {
  /** A record before layout: what it points to, its identifier and its System Use entries. */
  record Entry(IsoNode target, byte[] identifier, SystemUse systemUse) {
    int length() {
      int id = identifier.length;
      return 33 + id + (id % 2 == 0 ? 1 : 0) + systemUse.inlineLength();
    }
  }

  /** Largest directory record (ECMA-119 9.1.1: the length is one byte). */
  static final int RECORD_MAX = 255;

  final IsoNode directory;
  final List<Entry> entries;
  final int size;

  private DirectoryRecords(IsoNode directory, List<Entry> entries) {
    this.directory = directory;
    this.entries = List.copyOf(entries);
    int sectors = 1;
    int offset = 0;
    for (Entry e : entries) {
      if (offset + e.length() > IsoBytes.BLOCK) {
        sectors++;
        offset = 0;
      }
      offset += e.length();
    }
    this.size = sectors * IsoBytes.BLOCK;
  }

  static DirectoryRecords primary(IsoNode dir, boolean rockRidge, Instant time) {
    List<Entry> list = new ArrayList<>();
    list.add(
        entry(
            dir,
            new byte[] {0},
            rockRidge ? RockRidge.entries(dir, null, dir.isRoot(), time) : null));
    list.add(
        entry(
            dir.parent,
            new byte[] {1},
            rockRidge ? RockRidge.entries(dir.parent, null, false, time) : null));
    for (IsoNode c : dir.primaryChildren) {
      byte[] id = c.primaryId.getBytes(StandardCharsets.US_ASCII);
      list.add(entry(c, id, rockRidge ? RockRidge.entries(c, c.name, false, time) : null));
    }
    return new DirectoryRecords(dir, list);
  }

  static DirectoryRecords joliet(IsoNode dir) {
    List<Entry> list = new ArrayList<>();
    list.add(entry(dir, new byte[] {0}, null));
    list.add(entry(dir.parent, new byte[] {1}, null));
    for (IsoNode c : dir.jolietChildren) {
      list.add(entry(c, c.jolietId.getBytes(StandardCharsets.UTF_16BE), null));
    }
    return new DirectoryRecords(dir, list);
  }

  private static Entry entry(IsoNode target, byte[] id, List<byte[]> susp) {
    if (susp == null) {
      return new Entry(target, id, SystemUse.NONE);
    }
    int base = 33 + id.length + (id.length % 2 == 0 ? 1 : 0);
    return new Entry(target, id, SystemUse.pack(susp, RECORD_MAX - base));
  }

  /** The directory's extent, once every block is allocated. */
  byte[] bytes(boolean joliet, Instant time) {
    byte[] out = new byte[size];
    byte[] date = IsoBytes.recordingDate(time);
    int pos = 0;
    for (Entry e : entries) {
      int len = e.length();
      if (pos % IsoBytes.BLOCK + len > IsoBytes.BLOCK) {
        pos = (pos / IsoBytes.BLOCK + 1) * IsoBytes.BLOCK;
      }
      record(out, pos, e, joliet, date);
      pos += len;
    }
    return out;
  }

  /** ECMA-119 9.1: one directory record at {@code off}. */
  static void record(byte[] b, int off, Entry e, boolean joliet, byte[] date) {
    IsoNode t = e.target();
    byte[] id = e.identifier();
    b[off] = (byte) e.length();
    IsoBytes.both32(b, off + 2, t.extent(joliet));
    IsoBytes.both32(b, off + 10, t.dataLength(joliet));
    System.arraycopy(date, 0, b, off + 18, 7);
    b[off + 25] = (byte) (t.isDirectory() ? 0x02 : 0x00);
    IsoBytes.both16(b, off + 28, 1);
    b[off + 32] = (byte) id.length;
    System.arraycopy(id, 0, b, off + 33, id.length);
    byte[] su = e.systemUse().inlineBytes();
    System.arraycopy(su, 0, b, off + 33 + id.length + (id.length % 2 == 0 ? 1 : 0), su.length);
  }
}
