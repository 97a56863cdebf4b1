package io.tankos.bootc.fleet.internal;

import io.tankos.core.fs.FileEntry;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.RegularFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Host directories of a fleet output directory, each replaced in one rename: the files are written
 * to {@code .tankos-tmp.HOST} and renamed to {@code HOST}; an existing {@code HOST} is first renamed
 * to {@code .tankos-old.HOST} and deleted afterwards. A reader sees the old or the new directory,
 * never a half-written one. Host names never start with a dot, so these names are tankos's own.
 */
public final class HostDirectories {
  private static final String TMP = ".tankos-tmp.";
  private static final String OLD = ".tankos-old.";

  private HostDirectories() {}

  /**
   * The content digest of a host's files: SHA-256 over every path, size and content.
   *
   * @param files the files
   * @return lower-case hex
   */
  public static String digest(FileTree files) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (FileEntry e : files.entries()) {
        if (e instanceof RegularFile f) {
          d.update((f.path() + "\0" + f.size() + "\0").getBytes(StandardCharsets.UTF_8));
          d.update(f.content());
        }
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes a host directory, replacing the one there.
   *
   * @param out the output directory
   * @param host the host name
   * @param files the files (regular files at the top level)
   */
  public static void write(Path out, String host, FileTree files) {
    try {
      Path tmp = out.resolve(TMP + host);
      delete(tmp);
      Files.createDirectory(tmp);
      for (FileEntry e : files.entries()) {
        if (e instanceof RegularFile f) {
          Files.write(tmp.resolve(f.path()), f.content());
        }
      }
      Path target = out.resolve(host);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Path old = out.resolve(OLD + host);
        delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        delete(old);
      } else {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a host's directory is there as a directory.
   *
   * @param out the output directory
   * @param host the host name
   * @return true for a directory (not a link to one)
   */
  public static boolean exists(Path out, String host) {
    return Files.isDirectory(out.resolve(host), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Whether anything (file, link, directory) has the host's name.
   *
   * @param out the output directory
   * @param host the host name
   * @return true when the name is taken
   */
  public static boolean taken(Path out, String host) {
    return Files.exists(out.resolve(host), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Removes a host's directory, if there.
   *
   * @param out the output directory
   * @param host the host name
   * @return whether there was one
   */
  public static boolean remove(Path out, String host) {
    try {
      boolean there = exists(out, host);
      if (there) {
        delete(out.resolve(host));
      }
      return there;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes the temporary and replaced directories an interrupted run left.
   *
   * @param out the output directory
   */
  public static void removeLeftovers(Path out) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(out, ".tankos-{tmp,old}.*")) {
      for (Path p : s) {
        delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a file or a directory tree, never following a link. */
  private static void delete(Path p) throws IOException {
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
        for (Path c : s) {
          delete(c);
        }
      }
    }
    Files.deleteIfExists(p);
  }
}
