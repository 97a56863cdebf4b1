package io.tankos.core.fs;

/**
 * Where a tree written part after part goes ({@link FileTree#writeInParts(java.nio.file.Path,
 * WriteOptions, java.util.function.Consumer)}): each part's files are written when it is added and
 * not kept.
 */
@FunctionalInterface
public interface TreeSink {
  /**
   * Adds a part: its files and directories, paths relative to the tree's root.
   *
   * @param part the files
   * @throws IllegalArgumentException when a path was added by an earlier part, or a directory's
   *     mode differs from an earlier part's
   */
  void add(FileTree part);
}
