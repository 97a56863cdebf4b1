package io.tankos.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a directory tree holds, as a sorted map from relative path to a description of the entry
 * (type, permissions, SHA-256 of the content, link target), for asserting that a tree is exactly
 * an expected one or did not change. The root is followed when it is a symbolic link; nothing
 * below it is. Modification times are left out.
 *
 * <pre>{@code
 * SortedMap<String, String> before = TreeSnapshot.of(sandbox);
 * runSomething();
 * assertThat(TreeSnapshot.of(sandbox)).isEqualTo(before);
 * }</pre>
 */
public final class TreeSnapshot {
  private TreeSnapshot() {}

  /**
   * Takes a snapshot; a missing root gives an empty map.
   *
   * @param root the directory
   * @return relative path (the root itself is {@code "."}) to a description
   */
  public static SortedMap<String, String> of(Path root) {
    SortedMap<String, String> out = new TreeMap<>();
    try {
      if (Files.exists(root)) {
        visit(root.toRealPath(), root.toRealPath(), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableSortedMap(out);
  }

  private static void visit(Path root, Path p, SortedMap<String, String> out) throws IOException {
    String key = p.equals(root) ? "." : root.relativize(p).toString();
    PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    String mode = PosixFilePermissions.toString(a.permissions());
    if (a.isSymbolicLink()) {
      out.put(key, "link -> " + Files.readSymbolicLink(p));
    } else if (a.isRegularFile()) {
      out.put(key, "file " + mode + " " + a.size() + " " + digest(p));
    } else if (a.isDirectory()) {
      out.put(key, "dir " + mode);
      try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
        for (Path child : s) {
          visit(root, child, out);
        }
      } catch (AccessDeniedException e) {
        out.put(key, "dir " + mode + " (unreadable)");
      }
    } else {
      out.put(key, "other " + mode);
    }
  }

  private static String digest(Path p) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(Files.readAllBytes(p)));
    } catch (AccessDeniedException e) {
      return "(unreadable)";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
