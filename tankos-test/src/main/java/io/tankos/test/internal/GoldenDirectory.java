package io.tankos.test.internal;

import io.tankos.core.fs.Directory;
import io.tankos.core.fs.FileEntry;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.RegularFile;
import io.tankos.core.fs.Symlink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A golden directory: a {@link FileTree}'s regular files and symbolic links as plain files (user
 * writable, so version control keeps them), plus {@value #MANIFEST} listing every entry's type and
 * mode, which version control would lose.
 */
public final class GoldenDirectory {
  /** The manifest's file name in the golden directory. */
  public static final String MANIFEST = ".tankos-golden";

  /** The system property that turns comparison into rewriting. */
  public static final String UPDATE_PROPERTY = "tankos.golden.update";

  private GoldenDirectory() {}

  /**
   * Whether golden directories are rewritten instead of compared.
   *
   * @return true when {@code -Dtankos.golden.update=true}
   */
  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false"));
  }

  /**
   * The manifest text of a tree: one line per entry, in the tree's order.
   *
   * @param tree the tree
   * @return lines such as {@code file 0440 etc/sudoers.d/x}, {@code link etc/a -> b}
   */
  public static String manifest(FileTree tree) {
    StringBuilder out = new StringBuilder();
    for (FileEntry e : tree.entries()) {
      if (e instanceof RegularFile f) {
        out.append("file ").append(Texts.octal(f.mode())).append(' ').append(f.path());
      } else if (e instanceof Symlink s) {
        out.append("link ").append(s.path()).append(" -> ").append(s.target());
      } else if (e instanceof Directory d) {
        out.append("dir ").append(Texts.octal(d.mode())).append(' ').append(d.path());
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Compares a tree with a golden directory.
   *
   * @param tree the actual tree
   * @param golden the golden directory
   * @return what differs, empty when the tree matches
   */
  public static Optional<String> compare(FileTree tree, Path golden) {
    Path manifestFile = golden.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      return Optional.of(
          "golden directory " + golden + " has no " + MANIFEST + " (run with -D" + UPDATE_PROPERTY
              + "=true to write it)");
    }
    StringBuilder out = new StringBuilder();
    String diff = TextDiff.diff(golden.getFileName() + "/" + MANIFEST, read(manifestFile), "actual tree", manifest(tree));
    if (!diff.isEmpty()) {
      out.append("entries or modes differ:\n").append(diff);
    }
    for (FileEntry e : tree.entries()) {
      if (e instanceof RegularFile f) {
        Path p = golden.resolve(f.path());
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          content(golden.getFileName() + "/" + f.path(), bytes(p), f).ifPresent(out::append);
        }
      }
    }
    return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
  }

  private static Optional<String> content(String name, byte[] expected, RegularFile f) {
    byte[] actual = f.content();
    if (Arrays.equals(expected, actual)) {
      return Optional.empty();
    }
    Optional<String> a = utf8(expected);
    Optional<String> b = utf8(actual);
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(f.path() + " differs:\n" + TextDiff.diff(name, a.get(), f.path(), b.get()));
    }
    return Optional.of(
        String.format(Locale.ROOT, "%s differs: binary, %d bytes expected, %d bytes actual%n", f.path(),
            expected.length, actual.length));
  }

  /**
   * Rewrites a golden directory from a tree: deletes it, then writes every entry and the manifest.
   *
   * @param tree the tree
   * @param golden the golden directory
   */
  public static void write(FileTree tree, Path golden) {
    Trees.delete(golden);
    try {
      Files.createDirectories(golden);
      for (FileEntry e : tree.entries()) {
        Path p = golden.resolve(e.path());
        Files.createDirectories(p.getParent());
        if (e instanceof RegularFile f) {
          Files.write(p, f.content());
        } else if (e instanceof Symlink s) {
          Files.createSymbolicLink(p, Path.of(s.target()));
        } else {
          Files.createDirectories(p);
        }
      }
      Files.writeString(golden.resolve(MANIFEST), manifest(tree), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("writing golden directory " + golden, e);
    }
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String read(Path p) {
    return new String(bytes(p), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
