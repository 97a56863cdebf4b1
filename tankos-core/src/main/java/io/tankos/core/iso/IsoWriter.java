package io.tankos.core.iso;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out and writes an image. Blocks in order: 16 blocks of zeros (system area), the primary
 * descriptor, the Joliet descriptor, the terminator, the L and M path tables of each hierarchy, the
 * primary directories, the Joliet directories, the Rock Ridge continuation areas, the file data.
 */
final class IsoWriter {
  private static final int SYSTEM_AREA_BLOCKS = 16;

  private final IsoImage image;
  private final IsoTree tree;
  private final List<DirectoryRecords> primary = new ArrayList<>();
  private final List<DirectoryRecords> joliet = new ArrayList<>();
  private final List<SystemUse> continued = new ArrayList<>();
  private final long primaryPathTable;
  private final long jolietPathTable;
  private final long continuationStart;
  private final int continuationBlocks;
  final long totalBlocks;

  IsoWriter(IsoImage image, IsoTree tree) {
    this.image = image;
    this.tree = tree;
    long block = SYSTEM_AREA_BLOCKS + (image.joliet() ? 3 : 2);
    primaryPathTable = block;
    block += 2L * IsoBytes.blocks(PathTable.size(tree.primaryDirectories, false));
    jolietPathTable = block;
    if (image.joliet()) {
      block += 2L * IsoBytes.blocks(PathTable.size(tree.jolietDirectories, true));
    }
    for (IsoNode d : tree.primaryDirectories) {
      DirectoryRecords r = DirectoryRecords.primary(d, image.rockRidge(), image.timestamp());
      d.primarySize = r.size;
      d.primaryBlock = block;
      block += r.size / IsoBytes.BLOCK;
      primary.add(r);
    }
    if (image.joliet()) {
      for (IsoNode d : tree.jolietDirectories) {
        DirectoryRecords r = DirectoryRecords.joliet(d);
        d.jolietSize = r.size;
        d.jolietBlock = block;
        block += r.size / IsoBytes.BLOCK;
        joliet.add(r);
      }
    }
    continuationStart = block;
    int ceBlock = 0;
    int ceOffset = 0;
    for (DirectoryRecords r : primary) {
      for (DirectoryRecords.Entry e : r.entries) {
        if (!e.systemUse().areas.isEmpty()) {
          continued.add(e.systemUse());
        }
        for (SystemUse.Area a : e.systemUse().areas) {
          if (ceOffset + a.length > IsoBytes.BLOCK) {
            ceBlock++;
            ceOffset = 0;
          }
          a.block = continuationStart + ceBlock;
          a.offset = ceOffset;
          ceOffset += a.length;
        }
      }
    }
    continuationBlocks = ceOffset == 0 && ceBlock == 0 ? 0 : ceBlock + 1;
    block += continuationBlocks;
    for (IsoNode f : tree.files) {
      f.dataBlock = f.content.length == 0 ? 0 : block;
      block += IsoBytes.blocks(f.content.length);
    }
    totalBlocks = block;
  }

  void write(OutputStream out) throws IOException {
    out.write(new byte[SYSTEM_AREA_BLOCKS * IsoBytes.BLOCK]);
    int primaryTableSize = PathTable.size(tree.primaryDirectories, false);
    int primaryTableBlocks = IsoBytes.blocks(primaryTableSize);
    out.write(
        VolumeDescriptors.primary(
            image.volumeId(),
            totalBlocks,
            new VolumeDescriptors.Hierarchy(
                tree.root,
                primaryTableSize,
                primaryPathTable,
                primaryPathTable + primaryTableBlocks),
            image.timestamp()));
    if (image.joliet()) {
      int size = PathTable.size(tree.jolietDirectories, true);
      out.write(
          VolumeDescriptors.joliet(
              image.volumeId(),
              totalBlocks,
              new VolumeDescriptors.Hierarchy(
                  tree.root, size, jolietPathTable, jolietPathTable + IsoBytes.blocks(size)),
              image.timestamp()));
    }
    out.write(VolumeDescriptors.terminator());
    out.write(PathTable.bytes(tree.primaryDirectories, false, false));
    out.write(PathTable.bytes(tree.primaryDirectories, false, true));
    if (image.joliet()) {
      out.write(PathTable.bytes(tree.jolietDirectories, true, false));
      out.write(PathTable.bytes(tree.jolietDirectories, true, true));
    }
    for (DirectoryRecords r : primary) {
      out.write(r.bytes(false, image.timestamp()));
    }
    for (DirectoryRecords r : joliet) {
      out.write(r.bytes(true, image.timestamp()));
    }
    byte[] areas = new byte[continuationBlocks * IsoBytes.BLOCK];
    for (SystemUse su : continued) {
      for (int k = 0; k < su.areas.size(); k++) {
        SystemUse.Area a = su.areas.get(k);
        byte[] bytes = su.areaBytes(k);
        System.arraycopy(
            bytes,
            0,
            areas,
            (int) ((a.block - continuationStart) * IsoBytes.BLOCK + a.offset),
            bytes.length);
      }
    }
    out.write(areas);
    for (IsoNode f : tree.files) {
      out.write(f.content);
      int rest = f.content.length % IsoBytes.BLOCK;
      if (rest != 0) {
        out.write(new byte[IsoBytes.BLOCK - rest]);
      }
    }
  }
}
