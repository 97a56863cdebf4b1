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
import java.util.Arrays;
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
 * tree.writeTo(Path.of("out/context"));   // atomic and durable: the old tree or the new one, never half
 * }</pre>
 */
public final class FileTree {
  /** The default mode of regular files. */
  public static final int FILE_MODE = 0644;

  /** The mode of directories that are not listed explicitly. */
  public static final int DIRECTORY_MODE = 0755;

  private static final FileTree EMPTY = new FileTree(new TreeMap<>());

  private final Map<String, FileEntry> entries;

  /**
   * Takes the map, never changed after (the builder that made it copies before it changes it
   * again, and this class only reads it).
   */
  private FileTree(TreeMap<String, FileEntry> entries) {
    this.entries = entries;
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
   * Writes the tree to a directory with the {@linkplain WriteOptions#defaults() default options}.
   *
   * @param dir the target
   * @throws TargetRefusedException when {@code dir} must not be replaced (nothing is changed)
   * @throws UncheckedIOException when the tree cannot be written ({@code dir} is unchanged)
   * @see #writeTo(Path, WriteOptions)
   */
  public void writeTo(Path dir) {
    writeTo(dir, WriteOptions.defaults());
  }

  /**
   * Writes the tree to a directory, atomically and durably, replacing what was there.
   *
   * <p><b>Layout.</b> {@code dir} becomes a symbolic link {@code NAME -> .NAME.tankos/gen-N} to a
   * generation directory in the hidden sibling {@code .NAME.tankos/} (the generation store; it holds
   * the marker file {@code tankos-store}, the lock file {@code lock} and the generations). Programs
   * that open {@code dir} or a path below it see a plain directory; programs that copy {@code dir}
   * itself without following links ({@code cp -r dir}) copy the link: use {@code dir/.}.
   *
   * <p><b>Atomicity.</b> The new generation is written completely, every file and directory is
   * flushed to disk (fsync), and only then a new link is renamed over {@code dir}, which replaces it
   * in one step. After a crash at any instant {@code dir} is the complete old tree or the complete
   * new one. A reader that opened the old tree keeps it until the next write ends: the previous
   * generation is kept, older ones and every leftover of an interrupted write are deleted by the
   * next write. Writers to one target, in this or other processes, take turns (an exclusive lock on
   * {@code .NAME.tankos/lock}). The first write over an existing real directory (an empty one, or a
   * foreign one when forced) moves it into the store and then puts the link in its place: only
   * between these two renames is {@code dir} absent; a crash there leaves {@code dir} absent until
   * the next write (the old directory is in the store, deleted by that write).
   *
   * <p><b>What may be replaced.</b> {@code dir} is replaced only when it is missing, an empty
   * directory, or a link tankos created into its own store whose tree nobody changed since (every
   * entry still has the 1970-01-01 time tankos gave it); a non-empty directory tankos did not write,
   * and a written tree in which files were edited, added or removed, only with {@link
   * WriteOptions.Builder#replaceForeignDirectory(boolean)}. Always refused:
   * an empty path, a path ending in {@code .} or {@code ..}, the root, the working directory, the
   * home directory ({@code user.home}), the {@linkplain WriteOptions#protectedDirectories()
   * protected directories} and every ancestor of these, a path inside a generation store, a regular
   * file, and a symbolic link tankos did not create.
   *
   * <p><b>Symbolic links.</b> The directories above {@code dir} are resolved once, physically
   * (links followed, {@code ..} applied to the real directory), and all rules apply to the result;
   * {@code dir}'s own name is never followed.
   *
   * <p>Regular files and directories get the modification time 1970-01-01 so that builds from the
   * directory are reproducible; generation numbers depend on the target's history, file content and
   * modes do not.
   *
   * @param dir the target; its parent directories are created when missing
   * @param options what may be replaced
   * @throws TargetRefusedException when {@code dir} must not be replaced (nothing is changed)
   * @throws UncheckedIOException when the tree cannot be written ({@code dir} is unchanged)
   */
  public void writeTo(Path dir, WriteOptions options) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(options, "options");
    AtomicDirectoryWriter.write(this, dir, options);
  }

  /**
   * Writes a tree that is produced part after part to a directory, as {@link #writeTo(Path,
   * WriteOptions)} writes a whole one (same layout, atomicity, durability and refusals), without
   * holding it in memory: each part's files are written when the producer adds it, and only their
   * paths are kept until the end. The target is checked before the producer runs; when the producer
   * throws, the target is unchanged and the exception propagates.
   *
   * <pre>{@code
   * FileTree.writeInParts(Path.of("out/fleet"), WriteOptions.defaults(), sink -> {
   *   for (int i = 0; i < 100_000; i++) {
   *     sink.add(FileTree.builder().file("hosts/h" + i + "/meta-data", "instance-id: h" + i + "\n").build());
   *   }
   * });
   * }</pre>
   *
   * @param dir the target; its parent directories are created when missing
   * @param options what may be replaced
   * @param producer adds the parts; paths must not repeat across parts
   * @throws TargetRefusedException when {@code dir} must not be replaced (nothing is changed)
   * @throws UncheckedIOException when the tree cannot be written ({@code dir} is unchanged)
   * @throws IllegalArgumentException when two parts add the same path ({@code dir} is unchanged)
   */
  public static void writeInParts(Path dir, WriteOptions options,
      java.util.function.Consumer<TreeSink> producer) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(producer, "producer");
    AtomicDirectoryWriter.write(dir, options, producer);
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
      return RegularFile.owning(path, f.contentNoCopy(), f.mode()); // both files only read it
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
    private TreeMap<String, FileEntry> entries = new TreeMap<>();

    /** Whether a built tree holds {@link #entries}: the next change is made on a copy. */
    private boolean built;

    /** The problems found so far; made at the first. */
    private Problems problems;

    private Builder() {}

    private Problems problems() {
      if (problems == null) {
        problems = new Problems();
      }
      return problems;
    }

    /**
     * Adds a UTF-8 text file with mode {@code 0644}.
     *
     * @param path relative path
     * @param text content
     * @return this builder
     */
    public Builder file(String path, String text) {
      return file(path, text, FILE_MODE);
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
      return encoded(path, text.getBytes(StandardCharsets.UTF_8), mode);
    }

    /**
     * Adds a UTF-8 text file with mode {@code 0644} from text being built, such as a {@link
     * StringBuilder}: its bytes are those of {@code text.toString()}, encoded without that string.
     *
     * @param path relative path
     * @param text content, read now
     * @return this builder
     */
    public Builder file(String path, CharSequence text) {
      return encoded(path, utf8(text), FILE_MODE);
    }

    private Builder encoded(String path, byte[] content, int mode) {
      String p = checkPath(path);
      checkMode(path, mode);
      return put(RegularFile.owning(p, content, mode)); // the encoded bytes are the file's alone
    }

    /** The UTF-8 bytes of {@code text.toString()}; ASCII text is copied as it is, without a string. */
    private static byte[] utf8(CharSequence text) {
      int n = text.length();
      for (int i = 0; i < n; i++) {
        if (text.charAt(i) >= 0x80) {
          return text.toString().getBytes(StandardCharsets.UTF_8);
        }
      }
      byte[] bytes = new byte[n];
      for (int i = 0; i < n; i++) {
        bytes[i] = (byte) text.charAt(i);
      }
      return bytes;
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
        problems().add(FilePaths.location(path), "symlink target is empty or contains NUL");
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
      if (built) {
        entries = new TreeMap<>(entries);
        built = false;
      }
      FileEntry old = entries.get(e.path());
      if (old != null && !old.equals(e)) {
        problems().add(Location.of(e.path()), "path is added twice with different content");
      }
      entries.put(e.path(), e);
      return this;
    }

    private String checkPath(String path) {
      Objects.requireNonNull(path, "path");
      String problem = FilePaths.problem(path);
      if (problem != null) {
        problems().add(FilePaths.location(path), problem);
      }
      return path;
    }

    private void checkMode(String path, int mode) {
      if (mode < 0 || mode > 07777) {
        problems().add(FilePaths.location(path), "mode " + Integer.toOctalString(mode) + " is not within 0..07777");
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
      if (problems != null || hasFileParent()) {
        Problems all = new Problems();
        problems().list().forEach(all::add);
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
      }
      built = true;
      return new FileTree(entries);
    }

    /**
     * Whether an entry lies under a file or a link, found in one pass over the sorted paths without
     * making any: the paths that start with a path {@code P} are one run in sorted order, so a stack
     * holds the files and links whose run has not ended, and a path under {@code P} is one in that
     * run with a {@code /} right after {@code P}.
     */
    private boolean hasFileParent() {
      String[] open = null;
      int depth = 0;
      for (FileEntry e : entries.values()) {
        String path = e.path();
        while (depth > 0 && !path.startsWith(open[depth - 1])) {
          depth--;
        }
        for (int i = 0; i < depth; i++) {
          if (path.length() > open[i].length() && path.charAt(open[i].length()) == '/') {
            return true;
          }
        }
        if (!(e instanceof Directory)) {
          if (open == null) {
            open = new String[2]; // sorted paths mostly close one another: few are open at once
          } else if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
          }
          open[depth++] = path;
        }
      }
      return false;
    }
  }
}
