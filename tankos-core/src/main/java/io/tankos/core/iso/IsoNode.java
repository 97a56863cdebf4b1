package io.tankos.core.iso;

import java.util.ArrayList;
import java.util.List;

/**
 * One file, symbolic link or directory of the image, with the identifiers it gets in each hierarchy
 * and, once laid out, where its extent is.
 */
final class IsoNode {
  enum Kind {
    DIRECTORY,
    FILE,
    SYMLINK
  }

  final String path;
  final String name;
  final IsoNode parent;
  final Kind kind;
  final int mode;
  final byte[] content;
  final String target;
  final int depth;
  final List<IsoNode> children = new ArrayList<>();

  /** The ISO 9660 file or directory identifier, e.g. {@code USER_DAT.;1}. */
  String primaryId = "";

  /** The Joliet identifier (the name), or null when the node is not in the Joliet tree. */
  String jolietId;

  /** Children in primary-record order (ECMA-119 9.3), set by {@link IsoTree}. */
  List<IsoNode> primaryChildren = List.of();

  /** Children in Joliet-record order, without symbolic links. */
  List<IsoNode> jolietChildren = List.of();

  int primaryNumber;
  int jolietNumber;
  long primaryBlock;
  int primarySize;
  long jolietBlock;
  int jolietSize;
  long dataBlock;

  IsoNode(
      String path,
      String name,
      IsoNode parent,
      Kind kind,
      int mode,
      byte[] content,
      String target) {
    this.path = path;
    this.name = name;
    this.parent = parent == null ? this : parent;
    this.kind = kind;
    this.mode = mode;
    this.content = content;
    this.target = target;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  boolean isDirectory() {
    return kind == Kind.DIRECTORY;
  }

  boolean isRoot() {
    return parent == this;
  }

  /**
   * The size a record states: content length for files, 0 for links, extent size for directories.
   */
  long dataLength(boolean joliet) {
    if (kind == Kind.DIRECTORY) {
      return joliet ? jolietSize : primarySize;
    }
    return kind == Kind.FILE ? content.length : 0;
  }

  long extent(boolean joliet) {
    if (kind == Kind.DIRECTORY) {
      return joliet ? jolietBlock : primaryBlock;
    }
    return dataBlock;
  }

  /** POSIX link count: 2 plus subdirectories for a directory, 1 otherwise. */
  int links() {
    if (kind != Kind.DIRECTORY) {
      return 1;
    }
    int n = 2;
    for (IsoNode c : children) {
      if (c.isDirectory()) {
        n++;
      }
    }
    return n;
  }
}
