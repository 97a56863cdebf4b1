package io.tankos.core.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden sibling {@code .NAME.tankos/} of a target {@code NAME}: the marker file that says
 * tankos owns it, the lock file, and the generation directories {@code gen-N}, one of which the
 * target (a symbolic link {@code NAME -> .NAME.tankos/gen-N}) points to.
 */
final class GenerationStore {
  static final String SUFFIX = ".tankos";
  static final String MARKER = "tankos-store";
  static final String LOCK = "lock";
  private static final Pattern GENERATION = Pattern.compile("gen-([0-9]{1,18})");

  /** What occupies the store's name. */
  enum Kind {
    MISSING,
    /** A real directory holding the marker, or an empty one (a store whose creation was cut short). */
    OURS,
    FOREIGN
  }

  private final TargetPath target;
  private final Path dir;

  GenerationStore(TargetPath target) {
    this.target = target;
    this.dir = target.parent().resolve("." + target.name() + SUFFIX);
  }

  Path dir() {
    return dir;
  }

  Path lockFile() {
    return dir.resolve(LOCK);
  }

  Path generation(long n) {
    return dir.resolve("gen-" + n);
  }

  /** The text of the target's symbolic link to generation {@code n}, relative to the target's directory. */
  String linkText(long n) {
    return dir.getFileName() + "/gen-" + n;
  }

  /** The generation a link text names, when it is exactly one of this store's link texts. */
  OptionalLong generationOf(String linkText) {
    String prefix = dir.getFileName() + "/";
    if (!linkText.startsWith(prefix)) {
      return OptionalLong.empty();
    }
    Matcher m = GENERATION.matcher(linkText.substring(prefix.length()));
    return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  Kind kind() throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return Kind.MISSING;
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return Kind.FOREIGN;
    }
    if (Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return Kind.OURS;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return s.iterator().hasNext() ? Kind.FOREIGN : Kind.OURS;
    }
  }

  /** Creates the store and its marker when missing, durably. */
  void create() throws IOException {
    try {
      Files.createDirectory(dir);
    } catch (FileAlreadyExistsException e) {
      // another writer created it; its kind is checked again under the lock
    }
    Path marker = dir.resolve(MARKER);
    if (Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    String text = "tankos keeps the generations of ../" + target.name() + " here; "
        + target.name() + " is a symbolic link to the current one. Do not edit.\n";
    try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    } catch (FileAlreadyExistsException e) {
      return;
    }
    Durability.syncDirectory(dir);
    Durability.syncDirectory(target.parent());
  }

  /** The highest generation number in the store, 0 when there is none. */
  long highestGeneration() throws IOException {
    long max = 0;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        Matcher m = GENERATION.matcher(p.getFileName().toString());
        if (m.matches()) {
          max = Math.max(max, Long.parseLong(m.group(1)));
        }
      }
    }
    return max;
  }

  /**
   * Deletes everything but the marker, the lock file and the generations in {@code keep}: staged
   * generations and links of interrupted writes, replaced directories, older generations.
   */
  void removeAllBut(Set<Long> keep) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        if (name.equals(MARKER) || name.equals(LOCK)) {
          continue;
        }
        Matcher m = GENERATION.matcher(name);
        if (m.matches() && keep.contains(Long.parseLong(m.group(1)))) {
          continue;
        }
        Durability.deleteRecursively(p);
      }
    } catch (NoSuchFileException e) {
      // nothing to remove
    }
  }

  /** The generation below {@code current} with the highest number: kept for readers of the previous tree. */
  OptionalLong previous(long current) throws IOException {
    long best = -1;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        Matcher m = GENERATION.matcher(p.getFileName().toString());
        if (m.matches()) {
          long n = Long.parseLong(m.group(1));
          if (n < current && n > best) {
            best = n;
          }
        }
      }
    }
    return best < 0 ? OptionalLong.empty() : OptionalLong.of(best);
  }
}
