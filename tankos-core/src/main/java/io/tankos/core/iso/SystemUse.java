package io.tankos.core.iso;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The System Use entries of one directory record, split between the record itself and a chain of
 * continuation areas ({@code CE}), each within one logical block as Linux requires.
 */
final class SystemUse {
  static final SystemUse NONE = new SystemUse(List.of(), List.of());

  /** A continuation area: its entries and, once allocated, where it is. */
  static final class Area {
    final List<byte[]> entries;
    final int length;
    long block;
    int offset;

    Area(List<byte[]> entries, boolean chained) {
      this.entries = entries;
      this.length = sum(entries) + (chained ? RockRidge.CE_LENGTH : 0);
    }
  }

  private final List<byte[]> inline;
  final List<Area> areas;

  private SystemUse(List<byte[]> inline, List<Area> areas) {
    this.inline = inline;
    this.areas = areas;
  }

  /**
   * Packs entries: as many as fit stay in the record, the rest go to continuation areas.
   *
   * @param entries the entries in order
   * @param capacity bytes left in the directory record
   */
  static SystemUse pack(List<byte[]> entries, int capacity) {
    List<List<byte[]>> parts = new ArrayList<>();
    int i = 0;
    int room = capacity;
    while (true) {
      List<byte[]> part = new ArrayList<>();
      int rest = sum(entries.subList(i, entries.size()));
      if (rest <= room) {
        part.addAll(entries.subList(i, entries.size()));
        parts.add(part);
        break;
      }
      int used = 0;
      while (used + entries.get(i).length <= room - RockRidge.CE_LENGTH) {
        used += entries.get(i).length;
        part.add(entries.get(i++));
      }
      parts.add(part);
      room = IsoBytes.BLOCK;
    }
    List<Area> areas = new ArrayList<>();
    for (int k = 1; k < parts.size(); k++) {
      areas.add(new Area(parts.get(k), k + 1 < parts.size()));
    }
    return new SystemUse(parts.get(0), List.copyOf(areas));
  }

  /** Bytes this takes in the directory record. */
  int inlineLength() {
    return sum(inline) + (areas.isEmpty() ? 0 : RockRidge.CE_LENGTH);
  }

  /** The bytes in the directory record; continuation areas must be allocated. */
  byte[] inlineBytes() {
    return join(inline, areas.isEmpty() ? null : areas.get(0));
  }

  /** The bytes of continuation area {@code k}. */
  byte[] areaBytes(int k) {
    return join(areas.get(k).entries, k + 1 < areas.size() ? areas.get(k + 1) : null);
  }

  private static byte[] join(List<byte[]> entries, Area next) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] e : entries) {
      out.write(e, 0, e.length);
    }
    if (next != null) {
      byte[] ce = RockRidge.ce(next.block, next.offset, next.length);
      out.write(ce, 0, ce.length);
    }
    return out.toByteArray();
  }

  private static int sum(List<byte[]> entries) {
    int n = 0;
    for (byte[] e : entries) {
      n += e.length;
    }
    return n;
  }
}
