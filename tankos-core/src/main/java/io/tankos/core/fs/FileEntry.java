package io.tankos.core.fs;

/** One entry of a {@link FileTree}: a regular file, a symbolic link or a directory. */
public sealed interface FileEntry permits RegularFile, Symlink, Directory {

  /**
   * The entry's path relative to the tree's root, {@code /}-separated, e.g. {@code etc/hostname}.
   *
   * @return the relative path
   */
  String path();
}
