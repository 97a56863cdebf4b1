package io.tankos.bootc.fleet.internal;

import io.tankos.core.fs.FileEntry;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.RegularFile;
import io.tankos.core.text.Shown;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Host directories of a fleet output directory, each replaced in one rename: the files are written
 * to {@code .tankos-tmp.HOST} and renamed to {@code HOST}; an existing {@code HOST} is first renamed
 * to {@code .tankos-old.HOST} and deleted afterwards. A reader sees the old or the new directory,
 * never a half-written one. Host names never start with a dot, so these names are tankos's own.
 */
public final class HostDirectories {
  /** What {@link #digestOnDisk} gives a directory holding more than regular files. */
  public static final String NOT_SEED_FILES = "";
  private static final String TMP = ".tankos-tmp.";
  private static final String OLD = ".tankos-old.";
  /** Foreign names a scan holds; beyond that, each new host's name is looked up instead. */
  private static final int OTHERS_HELD = 4096;

  private HostDirectories() {}

  /**
   * The content digest of a host's files: SHA-256 over every path, size and content.
   *
   * @param files the files
   * @return lower-case hex
   */
  public static String digest(FileTree files) {
    MessageDigest d = sha256();
    for (FileEntry e : files.entries()) {
      if (e instanceof RegularFile f) {
        d.update(head(f.path(), f.size()));
        d.update(f.content());
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /** What the content digest hashes before a file's bytes. */
  private static byte[] head(String path, long size) {
    return (path + "\0" + size + "\0").getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The {@linkplain #digest content digest} of a host directory as it is on disk, read a block at
   * a time: what a run compares with the recorded digest before it replaces or removes the
   * directory, so that what was changed there by hand is not lost.
   *
   * @param out the output directory
   * @param host the host name
   * @return the digest; {@code null} when the directory is gone, {@link #NOT_SEED_FILES} when it
   *     holds anything but regular files
   */
  public static String digestOnDisk(Path out, String host) {
    requireName(host);
    Path dir = out.resolve(host);
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      TreeMap<String, Path> files = new TreeMap<>();
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
        for (Path p : s) {
          if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return NOT_SEED_FILES;
          }
          files.put(p.getFileName().toString(), p);
        }
      }
      MessageDigest d = sha256();
      byte[] buffer = new byte[8192];
      for (Map.Entry<String, Path> f : files.entrySet()) {
        d.update(head(f.getKey(), Files.size(f.getValue())));
        try (InputStream in = Files.newInputStream(f.getValue(), LinkOption.NOFOLLOW_LINKS)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            d.update(buffer, 0, n);
          }
        }
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a host directory, replacing the one there.
   *
   * @param out the output directory, {@linkplain #scan scanned} at the start of the run
   * @param host the host name
   * @param files the files (regular files at the top level)
   * @param mayExist false when the name was found free ({@link #taken}), which saves a look-up
   */
  public static void write(Path out, String host, FileTree files, boolean mayExist) {
    requireName(host);
    try {
      Path tmp = out.resolve(TMP + host);
      try {
        Files.createDirectory(tmp);
      } catch (FileAlreadyExistsException e) { // scan removed the leftovers; something made it since
        delete(tmp);
        Files.createDirectory(tmp);
      }
      for (FileEntry e : files.entries()) {
        if (e instanceof RegularFile f) {
          Files.write(tmp.resolve(f.path()), f.content());
        }
      }
      Path target = out.resolve(host);
      if (mayExist && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
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
   * Removes a host's directory, if there.
   *
   * @param out the output directory
   * @param host the host name
   * @return whether there was one
   */
  public static boolean remove(Path out, String host) {
    requireName(host);
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
   * Reads the output directory once: deletes the temporary and replaced directories an interrupted
   * run left, and marks the recorded hosts whose directory is gone as {@link FleetManifest#UNKNOWN},
   * so they are written again. One listing instead of look-ups per host: an unchanged host costs
   * no system call of its own, a new one none to find its name free.
   *
   * @param out the output directory
   * @param owned host name to recorded digest, as {@link FleetManifest#open} read it
   * @return what else is in the directory
   */
  public static Others scan(Path out, Map<String, String> owned) {
    Set<String> present = new HashSet<>(Math.max(16, owned.size() * 4 / 3 + 1));
    Set<String> others = new HashSet<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(out)) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        if (name.startsWith(TMP) || name.startsWith(OLD)) {
          delete(p);
        } else if (owned.containsKey(name)) {
          present.add(name);
        } else if (others != null && !name.startsWith(FleetManifest.NAME)) {
          others = others.size() < OTHERS_HELD ? others : null;
          if (others != null) {
            others.add(name);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    owned.replaceAll((host, digest) -> present.contains(host) ? digest : FleetManifest.UNKNOWN);
    return new Others(out, others);
  }

  /** The names in an output directory that are neither recorded host directories nor tankos's files. */
  public static final class Others {
    private final Path out;
    private final Set<String> names;

    private Others(Path out, Set<String> names) {
      this.out = out;
      this.names = names;
    }

    /**
     * Whether anything (file, link, directory) that tankos did not record has the host's name.
     *
     * @param host the host name
     * @return true when the name is taken
     */
    public boolean taken(String host) {
      return names != null ? names.contains(host) : Files.exists(out.resolve(host), LinkOption.NOFOLLOW_LINKS);
    }
  }

  /**
   * Whether a name is one a host directory can have: what a host name may be (letters, digits, '.'
   * and '-', a letter or digit first, at most 253), so always one entry of the output directory,
   * never a path out of it, a hidden file or one of tankos's own.
   *
   * @param name the name
   * @return true for a host directory name
   */
  public static boolean isName(String name) {
    if (name.isEmpty() || name.length() > 253 || !alnum(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!alnum(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean alnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static void requireName(String host) {
    if (!isName(host)) {
      throw new IllegalArgumentException("not a host directory name: '" + Shown.value(host, 80) + "'");
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
