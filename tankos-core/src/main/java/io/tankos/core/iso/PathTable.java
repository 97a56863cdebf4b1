package io.tankos.core.iso;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** ECMA-119 9.4: the path table of one hierarchy, in type L (little-endian) or M (big-endian). */
final class PathTable {
  private PathTable() {}

  private static byte[] identifier(IsoNode dir, boolean joliet) {
    if (dir.isRoot()) {
      return new byte[] {0};
    }
    return joliet
        ? dir.jolietId.getBytes(StandardCharsets.UTF_16BE)
        : dir.primaryId.getBytes(StandardCharsets.US_ASCII);
  }

  private static int recordLength(IsoNode dir, boolean joliet) {
    int id = identifier(dir, joliet).length;
    return 8 + id + id % 2;
  }

  /** The table's length in bytes (what the volume descriptor states). */
  static int size(List<IsoNode> directories, boolean joliet) {
    int n = 0;
    for (IsoNode d : directories) {
      n += recordLength(d, joliet);
    }
    return n;
  }

  /** The table, padded to whole blocks. */
  static byte[] bytes(List<IsoNode> directories, boolean joliet, boolean bigEndian) {
    byte[] b = new byte[IsoBytes.blocks(size(directories, joliet)) * IsoBytes.BLOCK];
    int off = 0;
    for (IsoNode d : directories) {
      byte[] id = identifier(d, joliet);
      long extent = joliet ? d.jolietBlock : d.primaryBlock;
      int parent = joliet ? d.parent.jolietNumber : d.parent.primaryNumber;
      b[off] = (byte) id.length;
      if (bigEndian) {
        IsoBytes.be32(b, off + 2, extent);
        IsoBytes.be16(b, off + 6, parent);
      } else {
        IsoBytes.le32(b, off + 2, extent);
        IsoBytes.le16(b, off + 6, parent);
      }
      System.arraycopy(id, 0, b, off + 8, id.length);
      off += recordLength(d, joliet);
    }
    return b;
  }
}
