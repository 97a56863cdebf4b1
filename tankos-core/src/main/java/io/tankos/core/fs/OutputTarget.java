package io.tankos.core.fs;

import io.tankos.core.fs.TargetRefusedException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The rules of {@link FileTree#writeTo(Path, WriteOptions)} for an output directory that another
 * program fills in place (bootc-image-builder's {@code --output}): such a directory is not replaced
 * atomically, so it cannot be a generation link; instead a marker file says tankos chose it before.
 * Refused, whatever the options: an empty path, a path ending in {@code .}, {@code ..} or the root,
 * the working directory, the home directory, a protected directory or an ancestor of one, a symbolic
 * link, a file. A non-empty directory without the marker is refused unless {@link
 * WriteOptions#replaceForeignDirectory()}; a marker another run is putting in place (a file named by
 * {@link #markerInFlight}) does not count as content, so two runs may start on one new directory.
 *
 * <pre>{@code
 * Path out = OutputTarget.check(Path.of("output"), ".tankos-disk", WriteOptions.defaults());
 * }</pre>
 */
public final class OutputTarget {
  private OutputTarget() {}

  /**
   * Checks an output directory; changes nothing on disk.
   *
   * @param dir the directory as given
   * @param marker the name of the file that marks a directory tankos used before
   * @param options protected directories and whether a foreign non-empty directory is accepted
   * @return the directory, physical and absolute (symbolic links on the way followed)
   * @throws TargetRefusedException when the directory must not be used
   * @throws UncheckedIOException when a directory on the way cannot be read
   */
  public static Path check(Path dir, String marker, WriteOptions options) {
    try {
      TargetPath target = TargetPath.resolve(dir, options);
      Path p = target.path();
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (java.nio.file.NoSuchFileException e) {
        return p;
      }
      if (a.isSymbolicLink()) {
        throw new TargetRefusedException(dir, Reason.SYMLINK, "a symbolic link (give the directory it points to)");
      }
      if (!a.isDirectory()) {
        throw new TargetRefusedException(dir, Reason.NOT_A_DIRECTORY, "not a directory");
      }
      if (options.replaceForeignDirectory() || isMarked(p, marker)) {
        return p;
      }
      String inFlight = markerInFlight(marker, "");
      try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
        for (Path entry : s) {
          // a run marks a directory before it writes anything else there, so an entry seen after
          // the first look is foreign only if the directory is still unmarked once it was seen
          if (!entry.getFileName().toString().startsWith(inFlight) && !isMarked(p, marker)) {
            throw new TargetRefusedException(dir, Reason.FOREIGN_DIRECTORY, "a non-empty directory that tankos did not write");
          }
        }
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isMarked(Path dir, String marker) {
    return Files.isRegularFile(dir.resolve(marker), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The name under which a run writes the marker before renaming it into place.
   *
   * @param marker the marker's name
   * @param unique what tells this run's file from another's, e.g. process and thread ids
   * @return {@code MARKER.tmp.UNIQUE}
   */
  public static String markerInFlight(String marker, String unique) {
    return marker + ".tmp." + unique;
  }
}
