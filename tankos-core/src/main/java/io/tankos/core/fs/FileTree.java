package io.tankos.core.fs;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable set of files, symbolic links and directories under relative paths: a build context, a
 * unit set or a cloud-init seed. Entries are kept sorted by path, so everything derived from a tree
 * (a directory on disk, a tar stream) is the same for the same content.
 *
 * <pre>{@code
 * FileTree tree = FileTree.builder()
 *     .file("etc/hostname", "tank-01\n")
 *     .file("usr/local/bin/hello", "#!/bin/sh\necho hi\n".getBytes(UTF_8), 0755)
 *     .symlink("etc/localtime", "../usr/share/zoneinfo/UTC")
 *     .build();
 * tree.writeTo(Path.of("out/context"));   // atomic: the old content stays if anything fails
 * }</pre>
 */
public final class FileTree {
  /** The default mode of regular files. */
  public static final int FILE_MODE = 0644;

  /** The mode of directories that are not listed explicitly. */
  public static final int DIRECTORY_MODE = 0755;

  private static final FileTree EMPTY = new FileTree(new TreeMap<>());

  private final Map<String, FileEntry> entries;

  private FileTree(TreeMap<String, FileEntry> entries) {
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  /**
   * The empty tree.
   *
   * @return a tree without entries
   */
  public static FileTree empty() {
    return EMPTY;
  }

  /**
   * A builder for a tree.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this tree's entries.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.entries.putAll(entries);
    return b;
  }

  /**
   * The entries, sorted by path.
   *
   * @return an unmodifiable list
   */
  public List<FileEntry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * The paths, sorted.
   *
   * @return an unmodifiable list
   */
  public List<String> paths() {
    return List.copyOf(entries.keySet());
  }

  /**
   * An entry by path.
   *
   * @param path relative path
   * @return the entry, if present
   */
  public Optional<FileEntry> get(String path) {
    return Optional.ofNullable(entries.get(path));
  }

  /**
   * The text of a regular file.
   *
   * @param path relative path
   * @return the UTF-8 text, if a regular file is there
   */
  public Optional<String> text(String path) {
    return get(path).filter(RegularFile.class::isInstance).map(e -> ((RegularFile) e).text());
  }

  /**
   * Number of entries.
   *
   * @return the size
   */
  public int size() {
    return entries.size();
  }

  /**
   * Whether the tree has no entry.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * This tree moved under a directory: {@code etc/x} becomes {@code PREFIX/etc/x}.
   *
   * @param prefix a relative directory path
   * @return the moved tree
   */
  public FileTree under(String prefix) {
    String p = FilePaths.check(prefix, Location.of("prefix"));
    Builder b = builder();
    for (FileEntry e : entries.values()) {
      b.put(withPath(e, p + "/" + e.path()));
    }
    return b.build();
  }

  /**
   * Writes the tree into a directory, atomically: the tree is written into a temporary sibling
   * directory, which then replaces {@code dir}. If anything fails, {@code dir} keeps its previous
   * content and no temporary directory is left behind. Regular files and directories get the
   * modification time 1970-01-01 so that builds from the directory are reproducible.
   *
   * @param dir the target directory; its parent is created when missing
   * @throws UncheckedIOException when the tree cannot be written
   */
  public void writeTo(Path dir) {
    AtomicDirectoryWriter.write(this, dir);
  }

  /**
   * The tree as a POSIX tar stream (pax format), with fixed owner 0:0 and time 0, parent
   * directories included: the same tree gives the same bytes.
   *
   * @return the tar bytes
   */
  public byte[] toTar() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeTar(out);
    return out.toByteArray();
  }

  /**
   * Writes the tar stream of {@link #toTar()} to a stream.
   *
   * @param out where to write; not closed
   */
  public void writeTar(OutputStream out) {
    try {
      TarWriter.write(this, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every directory a tree needs: the explicit ones and the parents of all entries, sorted.
   *
   * @return directory paths mapped to modes
   */
  Map<String, Integer> directories() {
    TreeMap<String, Integer> dirs = new TreeMap<>();
    for (FileEntry e : entries.values()) {
      String path = e.path();
      int slash = path.lastIndexOf('/');
      while (slash > 0) {
        dirs.putIfAbsent(path.substring(0, slash), DIRECTORY_MODE);
        slash = path.lastIndexOf('/', slash - 1);
      }
      if (e instanceof Directory d) {
        dirs.put(d.path(), d.mode());
      }
    }
    return dirs;
  }

  private static FileEntry withPath(FileEntry e, String path) {
    if (e instanceof RegularFile f) {
      return new RegularFile(path, f.contentNoCopy(), f.mode());
    } else if (e instanceof Symlink s) {
      return new Symlink(path, s.target());
    }
    return new Directory(path, ((Directory) e).mode());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileTree t && t.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    List<String> lines = new ArrayList<>();
    for (FileEntry e : entries.values()) {
      lines.add(e.toString());
    }
    return "FileTree" + lines;
  }

  /** Mutable builder; not thread-safe. {@link #build()} checks paths and conflicts. */
  public static final class Builder {
    private final TreeMap<String, FileEntry> entries = new TreeMap<>();
    private final Problems problems = new Problems();

    private Builder() {}

    /**
     * Adds a UTF-8 text file with mode {@code 0644}.
     *
     * @param path relative path
     * @param text content
     * @return this builder
     */
    public Builder file(String path, String text) {
      return file(path, text.getBytes(StandardCharsets.UTF_8), FILE_MODE);
    }

    /**
     * Adds a file with mode {@code 0644}.
     *
     * @param path relative path
     * @param content bytes (copied)
     * @return this builder
     */
    public Builder file(String path, byte[] content) {
      return file(path, content, FILE_MODE);
    }

    /**
     * Adds a file.
     *
     * @param path relative path
     * @param content bytes (copied)
     * @param mode permission bits, {@code 0} to {@code 07777}
     * @return this builder
     */
    public Builder file(String path, byte[] content, int mode) {
      Objects.requireNonNull(content, "content");
      String p = checkPath(path);
      checkMode(path, mode);
      return put(new RegularFile(p, content, mode));
    }

    /**
     * Adds a UTF-8 text file.
     *
     * @param path relative path
     * @param text content
     * @param mode permission bits
     * @return this builder
     */
    public Builder file(String path, String text, int mode) {
      return file(path, text.getBytes(StandardCharsets.UTF_8), mode);
    }

    /**
     * Adds a symbolic link.
     *
     * @param path relative path of the link
     * @param target the link's target, not empty, no NUL
     * @return this builder
     */
    public Builder symlink(String path, String target) {
      Objects.requireNonNull(target, "target");
      String p = checkPath(path);
      if (target.isEmpty() || target.indexOf('\0') >= 0) {
        problems.add(FilePaths.location(path), "symlink target is empty or contains NUL");
      }
      return put(new Symlink(p, target));
    }

    /**
     * Adds a directory with explicit permissions.
     *
     * @param path relative path
     * @param mode permission bits
     * @return this builder
     */
    public Builder directory(String path, int mode) {
      String p = checkPath(path);
      checkMode(path, mode);
      return put(new Directory(p, mode));
    }

    /**
     * Adds every entry of another tree; the same path twice is an error unless both entries are
     * equal.
     *
     * @param tree another tree
     * @return this builder
     */
    public Builder add(FileTree tree) {
      tree.entries.values().forEach(this::put);
      return this;
    }

    /**
     * Adds another tree under a directory.
     *
     * @param prefix relative directory
     * @param tree the tree
     * @return this builder
     */
    public Builder add(String prefix, FileTree tree) {
      return add(tree.under(prefix));
    }

    Builder put(FileEntry e) {
      FileEntry old = entries.get(e.path());
      if (old != null && !old.equals(e)) {
        problems.add(Location.of(e.path()), "path is added twice with different content");
      }
      entries.put(e.path(), e);
      return this;
    }

    private String checkPath(String path) {
      Objects.requireNonNull(path, "path");
      try {
        return FilePaths.check(path, FilePaths.location(path));
      } catch (ValidationException e) {
        problems.addAll(e);
        return path;
      }
    }

    private void checkMode(String path, int mode) {
      if (mode < 0 || mode > 07777) {
        problems.add(FilePaths.location(path), "mode " + Integer.toOctalString(mode) + " is not within 0..07777");
      }
    }

    /**
     * Builds the tree.
     *
     * @return the immutable tree
     * @throws ValidationException listing bad paths, modes and conflicts (a file used as a
     *     directory, the same path twice)
     */
    public FileTree build() {
      Problems all = new Problems();
      problems.list().forEach(all::add);
      for (FileEntry e : entries.values()) {
        String path = e.path();
        int slash = path.lastIndexOf('/');
        while (slash > 0) {
          FileEntry parent = entries.get(path.substring(0, slash));
          if (parent != null && !(parent instanceof Directory)) {
            all.add(Location.of(path), "parent " + parent.path() + " is not a directory");
          }
          slash = path.lastIndexOf('/', slash - 1);
        }
      }
      all.throwIfAny();
      return new FileTree(entries);
    }
  }
}
