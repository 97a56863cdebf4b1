package io.tankos.core.iso;

import java.time.Instant;

/**
 * ECMA-119 8.4, 8.5 and 8.3: the primary volume descriptor, the Joliet supplementary volume
 * descriptor (UCS-2 level 3) and the set terminator.
 */
final class VolumeDescriptors {
  /** Where the locations and sizes a descriptor states come from. */
  record Hierarchy(IsoNode root, int pathTableSize, long lPathTable, long mPathTable) {}

  private VolumeDescriptors() {}

  static byte[] primary(String volumeId, long volumeBlocks, Hierarchy h, Instant time) {
    byte[] b = common(1, volumeBlocks, h, time, false);
    IsoBytes.ascii(b, 8, 32, "");
    IsoBytes.ascii(b, 40, 32, volumeId);
    for (int off : new int[] {190, 318, 446, 574}) {
      IsoBytes.ascii(b, off, 128, "");
    }
    for (int off : new int[] {702, 739, 776}) {
      IsoBytes.ascii(b, off, 37, "");
    }
    return b;
  }

  static byte[] joliet(String volumeId, long volumeBlocks, Hierarchy h, Instant time) {
    byte[] b = common(2, volumeBlocks, h, time, true);
    IsoBytes.ucs2(b, 8, 32, "");
    IsoBytes.ucs2(b, 40, 32, volumeId);
    b[88] = '%';
    b[89] = '/';
    b[90] = 'E';
    for (int off : new int[] {190, 318, 446, 574}) {
      IsoBytes.ucs2(b, off, 128, "");
    }
    for (int off : new int[] {702, 739, 776}) {
      IsoBytes.ucs2(b, off, 37, "");
    }
    return b;
  }

  static byte[] terminator() {
    byte[] b = new byte[IsoBytes.BLOCK];
    b[0] = (byte) 255;
    IsoBytes.ascii(b, 1, 5, "CD001");
    b[6] = 1;
    return b;
  }

  private static byte[] common(
      int type, long volumeBlocks, Hierarchy h, Instant time, boolean joliet) {
    byte[] b = new byte[IsoBytes.BLOCK];
    b[0] = (byte) type;
    IsoBytes.ascii(b, 1, 5, "CD001");
    b[6] = 1;
    IsoBytes.both32(b, 80, volumeBlocks);
    IsoBytes.both16(b, 120, 1);
    IsoBytes.both16(b, 124, 1);
    IsoBytes.both16(b, 128, IsoBytes.BLOCK);
    IsoBytes.both32(b, 132, h.pathTableSize());
    IsoBytes.le32(b, 140, h.lPathTable());
    IsoBytes.be32(b, 148, h.mPathTable());
    DirectoryRecords.Entry root =
        new DirectoryRecords.Entry(h.root(), new byte[] {0}, SystemUse.NONE);
    DirectoryRecords.record(b, 156, root, joliet, IsoBytes.recordingDate(time));
    IsoBytes.volumeDate(b, 813, time);
    IsoBytes.volumeDate(b, 830, time);
    IsoBytes.unspecifiedDate(b, 847);
    IsoBytes.unspecifiedDate(b, 864);
    b[881] = 1;
    return b;
  }
}
