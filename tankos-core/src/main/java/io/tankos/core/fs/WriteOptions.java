package io.tankos.core.fs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How {@link FileTree#writeTo(Path, WriteOptions)} may treat what is already at the target.
 *
 * <p>By default a target is replaced only when it is missing, an empty directory, or a directory
 * tankos wrote itself and nobody changed since; {@link Builder#replaceForeignDirectory(boolean)}
 * also lets a non-empty directory tankos did not write, or a written one changed by hand, be
 * replaced (a command's {@code --force}). No option ever lets the
 * root, the working directory, the home directory, an ancestor of these, a {@linkplain
 * Builder#protectedDirectory(Path) protected directory} or an ancestor of it be replaced.
 *
 * <pre>{@code
 * tree.writeTo(out, WriteOptions.builder()
 *     .replaceForeignDirectory(force)
 *     .protectedDirectory(commandWorkingDirectory)
 *     .build());
 * }</pre>
 */
public final class WriteOptions {
  private static final WriteOptions DEFAULTS = builder().build();

  private final boolean replaceForeignDirectory;
  private final List<Path> protectedDirectories;

  private WriteOptions(Builder b) {
    this.replaceForeignDirectory = b.replaceForeignDirectory;
    this.protectedDirectories = List.copyOf(b.protectedDirectories);
  }

  /**
   * The default options: nothing foreign is replaced, no extra protected directory.
   *
   * @return the defaults
   */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.replaceForeignDirectory = replaceForeignDirectory;
    b.protectedDirectories.addAll(protectedDirectories);
    return b;
  }

  /**
   * Whether a non-empty directory that tankos did not write may be replaced.
   *
   * @return true when forced
   */
  public boolean replaceForeignDirectory() {
    return replaceForeignDirectory;
  }

  /**
   * Directories that are never replaced, nor any of their ancestors, besides the process's working
   * directory and the home directory.
   *
   * @return absolute paths, in the order added
   */
  public List<Path> protectedDirectories() {
    return protectedDirectories;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WriteOptions w
        && w.replaceForeignDirectory == replaceForeignDirectory
        && w.protectedDirectories.equals(protectedDirectories);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replaceForeignDirectory, protectedDirectories);
  }

  @Override
  public String toString() {
    return "WriteOptions[replaceForeignDirectory=" + replaceForeignDirectory
        + ", protectedDirectories=" + protectedDirectories + "]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private boolean replaceForeignDirectory;
    private final List<Path> protectedDirectories = new ArrayList<>();

    private Builder() {}

    /**
     * Lets a non-empty directory that tankos did not write, or a tree it wrote in which files were
     * edited, added or removed since, be replaced (its content is deleted once the new tree is in
     * place). Protected paths, symbolic links and files are still refused.
     *
     * @param replace true to force
     * @return this builder
     */
    public Builder replaceForeignDirectory(boolean replace) {
      this.replaceForeignDirectory = replace;
      return this;
    }

    /**
     * Adds a directory that must never be replaced, nor any of its ancestors: e.g. the directory a
     * command resolves relative paths against when it is not the process's working directory.
     *
     * @param dir an absolute path
     * @return this builder
     * @throws IllegalArgumentException when {@code dir} is relative
     */
    public Builder protectedDirectory(Path dir) {
      Objects.requireNonNull(dir, "dir");
      if (!dir.isAbsolute()) {
        throw new IllegalArgumentException("protected directory must be absolute: " + dir);
      }
      protectedDirectories.add(dir);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the immutable options
     */
    public WriteOptions build() {
      return new WriteOptions(this);
    }
  }
}
