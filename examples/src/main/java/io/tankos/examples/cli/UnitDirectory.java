package io.tankos.examples.cli;

import io.tankos.core.unit.UnitFile;
import io.tankos.core.validation.ParseException;
import io.tankos.quadlet.UnitType;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a unit directory as Quadlet searches one, for {@code tankos quadlet check DIRECTORY}: the
 * unit files of every subdirectory (a link to a directory is followed, each directory read once),
 * and in each directory ending in {@code .d} its {@code .conf} drop-ins and any unit files (which
 * the verdict reports as not loaded), nothing below it. Other files are not read. Bounded: at most
 * {@link #MAX_FILES} files, {@link #MAX_BYTES} bytes in all, {@link #MAX_DEPTH} levels and {@link
 * #MAX_ENTRIES} directory entries listed; a file
 * that cannot be read (not UTF-8, a NUL, over the unit-file limit) is reported and left out.
 */
final class UnitDirectory {
  /** The most unit files and drop-ins read from one directory tree. */
  static final int MAX_FILES = 10_000;
  /** The most bytes read from one directory tree. */
  static final long MAX_BYTES = 64L * 1024 * 1024;
  /** The deepest subdirectory read. */
  static final int MAX_DEPTH = 32;
  /** The most directory entries listed in the tree (a home directory given by mistake stops here). */
  static final int MAX_ENTRIES = 100_000;

  private final String operand;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final Set<Path> visited = new HashSet<>();
  private long bytes;
  private int listed;

  /**
   * What was read.
   *
   * @param files paths relative to the directory to their bytes
   * @param problems one line for each file or directory that could not be read
   */
  record Contents(Map<String, byte[]> files, List<String> problems) {}

  private UnitDirectory(String operand) {
    this.operand = operand;
  }

  /**
   * Reads the tree.
   *
   * @param io the working directory
   * @param operand the directory as given
   * @return the files and the problems
   * @throws FileException when the tree is over a bound or the directory cannot be listed
   */
  static Contents read(Cli.Io io, String operand) {
    UnitDirectory d = new UnitDirectory(operand);
    d.walk(io.resolve(operand), "", 0);
    return new Contents(d.files, d.problems);
  }

  /** The path of a file of the tree as the user would write it. */
  static String shown(String operand, String rel) {
    return operand.endsWith("/") ? operand + rel : operand + "/" + rel;
  }

  private void walk(Path dir, String rel, int depth) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      throw FileException.of(rel.isEmpty() ? operand : shown(operand, rel), e);
    }
    if (!visited.add(real)) {
      return; // a link back to a directory already read: Quadlet reads it once too
    }
    if (depth > MAX_DEPTH) {
      throw new FileException(operand, "more than " + MAX_DEPTH + " levels of subdirectories (at "
          + rel + "); tankos reads at most " + MAX_DEPTH);
    }
    for (String name : list(dir, rel)) {
      Path p = dir.resolve(name);
      String childRel = rel.isEmpty() ? name : rel + "/" + name;
      BasicFileAttributes a = attributes(p);
      boolean unit = UnitType.ofFileName(name).isPresent();
      if (a != null && a.isDirectory()) {
        if (name.endsWith(".d")) {
          readDropIns(p, childRel);
        } else {
          walk(p, childRel, depth + 1);
        }
      } else if (unit) {
        add(childRel, p, a);
      }
    }
  }

  /** A drop-in directory: its .conf files and unit files, nothing below it. */
  private void readDropIns(Path dir, String rel) {
    for (String name : list(dir, rel)) {
      Path p = dir.resolve(name);
      BasicFileAttributes a = attributes(p);
      if ((a == null || !a.isDirectory()) && (name.endsWith(".conf") || UnitType.ofFileName(name).isPresent())) {
        add(rel + "/" + name, p, a);
      }
    }
  }

  private void add(String rel, Path p, BasicFileAttributes attributes) {
    String shown = shown(operand, rel);
    if (files.size() >= MAX_FILES) {
      throw new FileException(operand, "more than " + MAX_FILES + " unit files and drop-ins; tankos reads at"
          + " most " + MAX_FILES);
    }
    byte[] content;
    try {
      content = SourceFiles.read(shown, p, attributes, QuadletFiles.LIMIT); // one look at the file
      UnitFile.decode(shown, content); // strict UTF-8, no NUL: refused before Quadlet's view
    } catch (FileException | ParseException e) {
      problems.add(e.getMessage());
      return;
    }
    bytes += content.length;
    if (bytes > MAX_BYTES) {
      throw new FileException(operand, "more than " + MAX_BYTES + " bytes of unit files and drop-ins;"
          + " tankos reads at most " + MAX_BYTES);
    }
    files.put(rel, content);
  }

  /** The entries' names in order; a subdirectory that cannot be listed is a problem, the root an error. */
  private List<String> list(Path dir, String rel) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path e : stream) {
        names.add(e.getFileName().toString());
        if (++listed > MAX_ENTRIES) {
          throw new FileException(operand, "more than " + MAX_ENTRIES + " directory entries; tankos lists at"
              + " most " + MAX_ENTRIES + " (is it a unit directory?)");
        }
      }
    } catch (IOException e) {
      if (rel.isEmpty()) {
        throw FileException.of(operand, e);
      }
      problems.add(FileException.of(shown(operand, rel), e).getMessage());
      return List.of();
    }
    names.sort(null);
    return names;
  }

  private static BasicFileAttributes attributes(Path p) {
    try { // following links: a link to a directory is walked, one to a file read
      return Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      return null; // a dangling link: a unit name is reported when it is read
    }
  }
}
