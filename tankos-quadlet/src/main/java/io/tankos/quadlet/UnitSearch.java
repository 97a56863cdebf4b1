package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.text.Utf8;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
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
 * DropInDirs}), the first file of each name by the version's precedence. Work is linear in the
 * paths: a unit's drop-in directories are looked up among those that exist, not tried in every
 * searched directory.
 */
final class UnitSearch {
  /** UTF-8 byte order, the order of Go's {@code sort.Strings} and {@code os.ReadDir}. */
  static final Comparator<String> BYTE_ORDER = new ByteOrder();

  private final PodmanVersion version;
  /** Directory ("" for the root) to the names of the files directly in it. */
  private final Map<String, List<String>> filesByDir;
  private final List<String> searched;
  /** Each searched directory's place in the generator's order. */
  private final Map<String, Integer> searchedIndex;
  /** A directory's name to the directories that hold one of that name and have files. */
  private final Map<String, List<String>> parentsByName;

  private UnitSearch(PodmanVersion version, Map<String, List<String>> filesByDir, List<String> searched) {
    this.version = version;
    this.filesByDir = filesByDir;
    this.searched = searched;
    this.searchedIndex = new HashMap<>();
    for (int i = 0; i < searched.size(); i++) {
      searchedIndex.put(searched.get(i), i);
    }
    this.parentsByName = new HashMap<>();
    for (String dir : filesByDir.keySet()) {
      if (!dir.isEmpty()) {
        int slash = dir.lastIndexOf('/');
        listOf(parentsByName, dir.substring(slash + 1)).add(slash < 0 ? "" : dir.substring(0, slash));
      }
    }
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
      listOf(filesByDir, dir).add(slash < 0 ? p : p.substring(slash + 1));
      while (!dir.isEmpty()) { // every ancestor knows its subdirectories
        int up = dir.lastIndexOf('/');
        String parent = up < 0 ? "" : dir.substring(0, up);
        Set<String> names = children.get(parent);
        if (names == null) {
          names = new HashSet<>();
          children.put(parent, names);
        }
        if (!names.add(dir.substring(up + 1))) {
          break;
        }
        dir = parent;
      }
    }
    for (List<String> names : filesByDir.values()) {
      names.sort(BYTE_ORDER);
    }
    return new UnitSearch(version, filesByDir, walk(children, version));
  }

  /** The searched directories in the generator's order: depth first, without recursion. */
  private static List<String> walk(Map<String, Set<String>> children, PodmanVersion version) {
    List<String> out = new ArrayList<>();
    Deque<String> next = new ArrayDeque<>();
    next.push("");
    while (!next.isEmpty()) {
      String dir = next.pop();
      if (!dir.isEmpty() && dir.endsWith(".d") && version.atLeast(PodmanVersion.V5_2)) {
        continue; // 5.2+ neither searches nor walks a directory ending in .d
      }
      out.add(dir);
      if (!version.atLeast(PodmanVersion.V4_8)) {
        break; // the root only
      }
      List<String> names = new ArrayList<>(children.getOrDefault(dir, Set.of()));
      names.sort(BYTE_ORDER);
      for (int i = names.size() - 1; i >= 0; i--) { // pushed last to first: popped first to last
        next.push(dir.isEmpty() ? names.get(i) : dir + "/" + names.get(i));
      }
    }
    return out;
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
    return searchedIndex.containsKey(slash < 0 ? "" : path.substring(0, slash));
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
    if (parentsByName.isEmpty()) {
      return List.of(); // no subdirectory: no drop-in directory
    }
    List<String> dirNames = DropInDirs.of(fileName, version);
    List<long[]> found = new ArrayList<>(); // {name's rank, searched directory's rank}
    for (int n = 0; n < dirNames.size(); n++) {
      for (String parent : parentsByName.getOrDefault(dirNames.get(n), List.of())) {
        Integer s = searchedIndex.get(parent);
        if (s != null) {
          found.add(new long[] {n, s});
        }
      }
    }
    boolean searchedFirst = version.atLeast(PodmanVersion.V5_2) && !version.atLeast(PodmanVersion.V5_6);
    found.sort(new Precedence(searchedFirst));
    Map<String, String> byName = new TreeMap<>(BYTE_ORDER);
    for (long[] f : found) {
      String dir = join(searched.get((int) f[1]), dirNames.get((int) f[0]));
      for (String name : files(dir)) {
        if (name.endsWith(".conf")) { // Go's filepath.Ext(name) == ".conf"
          byName.putIfAbsent(name, join(dir, name));
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /** The list under a key, made when first asked (no lambda on the check's path). */
  private static List<String> listOf(Map<String, List<String>> map, String key) {
    List<String> list = map.get(key);
    if (list == null) {
      list = new ArrayList<>();
      map.put(key, list);
    }
    return list;
  }

  /** Found drop-in directories ({name's rank, searched directory's rank}) in merge precedence. */
  private static final class Precedence implements Comparator<long[]> {
    private final int first;

    Precedence(boolean searchedFirst) {
      this.first = searchedFirst ? 1 : 0;
    }

    @Override
    public int compare(long[] a, long[] b) {
      int c = Long.compare(a[first], b[first]);
      return c != 0 ? c : Long.compare(a[1 - first], b[1 - first]);
    }
  }

  /** UTF-8 byte order: code point order. */
  private static final class ByteOrder implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
      return Utf8.compareCodePoints(a, b);
    }
  }

  static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }
}
