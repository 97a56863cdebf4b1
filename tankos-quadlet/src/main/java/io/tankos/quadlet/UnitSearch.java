package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A unit directory tree as the generator of one Podman version searches it, from the relative paths
 * of its files: the directories it reads units from, in its order (the root, then each
 * subdirectory depth first, names in byte order; from 5.2 no directory ending in {@code .d} nor
 * anything below one; before 4.8 the root only), and the drop-ins of a unit (see {@link
 * DropInDirs}), the first file of each name by the version's precedence.
 */
final class UnitSearch {
  /** UTF-8 byte order, the order of Go's {@code sort.Strings} and {@code os.ReadDir}. */
  static final Comparator<String> BYTE_ORDER = UnitSearch::compareBytes;

  private final PodmanVersion version;
  /** Directory ("" for the root) to the names of the files directly in it. */
  private final Map<String, List<String>> filesByDir;
  private final List<String> searched;
  private final Set<String> searchedSet;

  private UnitSearch(PodmanVersion version, Map<String, List<String>> filesByDir, List<String> searched) {
    this.version = version;
    this.filesByDir = filesByDir;
    this.searched = searched;
    this.searchedSet = searched.size() == 1 ? Set.of(searched.get(0)) : new HashSet<>(searched);
  }

  /**
   * The tree of the given files.
   *
   * @param paths relative paths, {@code /}-separated
   * @param version the Podman version
   * @return the search
   */
  static UnitSearch of(Collection<String> paths, PodmanVersion version) {
    Map<String, List<String>> filesByDir = new HashMap<>();
    Map<String, Set<String>> children = new HashMap<>();
    for (String p : paths) {
      int slash = p.lastIndexOf('/');
      String dir = slash < 0 ? "" : p.substring(0, slash);
      filesByDir.computeIfAbsent(dir, d -> new ArrayList<>()).add(slash < 0 ? p : p.substring(slash + 1));
      while (!dir.isEmpty()) { // every ancestor knows its subdirectories
        int up = dir.lastIndexOf('/');
        String parent = up < 0 ? "" : dir.substring(0, up);
        if (!children.computeIfAbsent(parent, d -> new HashSet<>()).add(dir.substring(up + 1))) {
          break;
        }
        dir = parent;
      }
    }
    filesByDir.values().forEach(names -> names.sort(BYTE_ORDER));
    List<String> searched = new ArrayList<>();
    walk("", children, version, searched);
    return new UnitSearch(version, filesByDir, searched);
  }

  private static void walk(String dir, Map<String, Set<String>> children, PodmanVersion version,
      List<String> out) {
    boolean dropInDir = dir.endsWith(".d");
    if (!dir.isEmpty() && dropInDir && version.atLeast(PodmanVersion.V5_2)) {
      return; // 5.2+ neither searches nor walks a directory ending in .d
    }
    out.add(dir);
    if (!version.atLeast(PodmanVersion.V4_8)) {
      return; // the root only
    }
    Set<String> names = children.getOrDefault(dir, Set.of());
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(BYTE_ORDER);
    for (String name : sorted) {
      walk(dir.isEmpty() ? name : dir + "/" + name, children, version, out);
    }
  }

  /**
   * The directories units are loaded from, in the generator's order.
   *
   * @return directories relative to the root, {@code ""} for the root
   */
  List<String> searched() {
    return searched;
  }

  /**
   * Whether a file's directory is searched for units.
   *
   * @param path the file's relative path
   * @return true when the generator reads units from its directory
   */
  boolean isSearched(String path) {
    int slash = path.lastIndexOf('/');
    return searchedSet.contains(slash < 0 ? "" : path.substring(0, slash));
  }

  /**
   * The names of the files directly in a directory, in byte order.
   *
   * @param dir the directory
   * @return the names, empty when none
   */
  List<String> files(String dir) {
    return filesByDir.getOrDefault(dir, List.of());
  }

  /**
   * The drop-ins of a unit in the order they are merged (by file name), each name taken from the
   * first directory that has it: before 5.2 and from 5.6 the most specific directory name first,
   * each in every searched directory; 5.2 to 5.5 each searched directory first, every directory name
   * in it (so a broad drop-in in the root wins over a specific one below it).
   *
   * @param fileName the unit's file name
   * @return relative paths of {@code .conf} files
   */
  List<String> dropIns(String fileName) {
    if (filesByDir.size() == 1 && filesByDir.containsKey("")) {
      return List.of(); // no subdirectory: no drop-in directory
    }
    List<String> dirNames = DropInDirs.of(fileName, version);
    boolean searchedFirst = version.atLeast(PodmanVersion.V5_2) && !version.atLeast(PodmanVersion.V5_6);
    Map<String, String> byName = new TreeMap<>(BYTE_ORDER);
    if (searchedFirst) {
      for (String s : searched) {
        for (String d : dirNames) {
          collect(join(s, d), byName);
        }
      }
    } else {
      for (String d : dirNames) {
        for (String s : searched) {
          collect(join(s, d), byName);
        }
      }
    }
    return List.copyOf(byName.values());
  }

  private void collect(String dir, Map<String, String> byName) {
    for (String name : files(dir)) {
      if (name.endsWith(".conf")) { // Go's filepath.Ext(name) == ".conf"
        byName.putIfAbsent(name, join(dir, name));
      }
    }
  }

  static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }

  private static int compareBytes(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
