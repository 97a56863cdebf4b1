package io.tankos.core.iso;

import io.tankos.core.fs.Directory;
import io.tankos.core.fs.FileEntry;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.RegularFile;
import io.tankos.core.fs.Symlink;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The image's hierarchy built from a {@link FileTree}: nodes with their identifiers, children in
 * record order, and the directories in path-table order. Records every name the chosen hierarchies
 * cannot carry exactly.
 */
final class IsoTree {
  /** ECMA-119 6.8.2.1: at most eight directory levels, the root being the first. */
  static final int MAX_DIRECTORY_LEVELS = 8;

  /** Joliet: at most 64 UCS-2 characters in an identifier. */
  static final int JOLIET_NAME_MAX = 64;

  /** Rock Ridge names as Linux reads them: at most 255 bytes. */
  static final int ROCK_RIDGE_NAME_MAX = 255;

  /** Longest link target xorriso (libisofs) reads back: 1023 bytes. */
  static final int LINK_TARGET_MAX = 1023;

  private static final String JOLIET_FORBIDDEN = "*/:;?\\";

  final IsoNode root;
  final List<IsoNode> files = new ArrayList<>();
  final List<IsoNode> primaryDirectories = new ArrayList<>();
  final List<IsoNode> jolietDirectories = new ArrayList<>();

  private IsoTree(IsoNode root) {
    this.root = root;
  }

  static IsoTree of(FileTree tree, IsoImage image, Problems problems) {
    TreeMap<String, FileEntry> all = new TreeMap<>();
    for (FileEntry e : tree.entries()) {
      String p = e.path();
      for (int slash = p.indexOf('/'); slash > 0; slash = p.indexOf('/', slash + 1)) {
        String dir = p.substring(0, slash);
        all.putIfAbsent(dir, new Directory(dir, FileTree.DIRECTORY_MODE));
      }
      all.put(p, e);
    }
    IsoNode root =
        new IsoNode("", "", null, IsoNode.Kind.DIRECTORY, FileTree.DIRECTORY_MODE, null, null);
    IsoTree t = new IsoTree(root);
    Map<String, IsoNode> byPath = new HashMap<>();
    byPath.put("", root);
    for (FileEntry e : all.values()) {
      String p = e.path();
      int slash = p.lastIndexOf('/');
      IsoNode parent = byPath.get(slash < 0 ? "" : p.substring(0, slash));
      String name = p.substring(slash + 1);
      IsoNode n;
      if (e instanceof RegularFile f) {
        n = new IsoNode(p, name, parent, IsoNode.Kind.FILE, f.mode(), f.content(), null);
        t.files.add(n);
      } else if (e instanceof Symlink s) {
        n = new IsoNode(p, name, parent, IsoNode.Kind.SYMLINK, 0777, null, s.target());
      } else {
        n =
            new IsoNode(
                p, name, parent, IsoNode.Kind.DIRECTORY, ((Directory) e).mode(), null, null);
        byPath.put(p, n);
      }
      parent.children.add(n);
      check(n, image, problems);
    }
    t.order(image, problems);
    return t;
  }

  private static void check(IsoNode n, IsoImage image, Problems problems) {
    Location at = Location.of(n.path);
    int levels = n.isDirectory() ? n.depth + 1 : n.depth;
    if (levels > MAX_DIRECTORY_LEVELS) {
      problems.add(
          at,
          "is nested too deep for ISO 9660: at most "
              + MAX_DIRECTORY_LEVELS
              + " directory levels including the root");
    }
    if (image.joliet()) {
      checkJolietName(n.name, at, problems);
    }
    if (image.rockRidge()) {
      int bytes = n.name.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > ROCK_RIDGE_NAME_MAX) {
        problems.add(
            at, "name is " + bytes + " bytes in UTF-8, Rock Ridge allows " + ROCK_RIDGE_NAME_MAX);
      }
    }
    if (n.kind == IsoNode.Kind.SYMLINK) {
      if (!image.rockRidge()) {
        problems.add(at, "symbolic links need Rock Ridge (rockRidge(true))");
      }
      int bytes = n.target.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > LINK_TARGET_MAX) {
        problems.add(
            at,
            "symlink target is "
                + bytes
                + " bytes in UTF-8; xorriso reads Rock Ridge targets of at most "
                + LINK_TARGET_MAX);
      }
      String target = n.target.startsWith("/") ? n.target.substring(1) : n.target;
      if (!target.isEmpty() && (target.contains("//") || target.endsWith("/"))) {
        problems.add(
            at,
            "symlink target '"
                + n.target
                + "' has an empty component ('//' or a trailing '/'), which Rock Ridge cannot"
                + " record");
      }
    }
  }

  private static void checkJolietName(String name, Location at, Problems problems) {
    if (name.length() > JOLIET_NAME_MAX) {
      problems.add(
          at, "name is " + name.length() + " UCS-2 characters, Joliet allows " + JOLIET_NAME_MAX);
    }
    if (name.endsWith(".")) {
      problems.add(at, "name ends with '.', which Linux and Windows drop from Joliet names");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isSurrogate(c)) {
        problems.add(
            at,
            String.format(
                Locale.ROOT,
                "name has character U+%X outside the UCS-2 range Joliet allows",
                name.codePointAt(i)));
        return;
      }
      if (c < 0x20 || JOLIET_FORBIDDEN.indexOf(c) >= 0) {
        problems.add(
            at,
            String.format(
                Locale.ROOT, "name has character U+%04X, which Joliet does not allow", (int) c));
        return;
      }
    }
  }

  private void order(IsoImage image, Problems problems) {
    List<IsoNode> queue = new ArrayList<>();
    queue.add(root);
    for (int i = 0; i < queue.size(); i++) {
      IsoNode dir = queue.get(i);
      IsoNames.assignPrimary(dir.children);
      if (!image.joliet() && !image.rockRidge()) {
        for (IsoNode c : dir.children) {
          if (!IsoNames.keepsName(c)) {
            problems.add(
                Location.of(c.path),
                "name is not an ISO 9660 level 1 name (it would read as "
                    + c.primaryId
                    + "); enable Joliet or Rock Ridge to keep it");
          }
        }
      }
      List<IsoNode> primary = new ArrayList<>(dir.children);
      if (!image.rockRidge()) {
        primary.removeIf(c -> c.kind == IsoNode.Kind.SYMLINK);
      }
      primary.sort(IsoNames.PRIMARY_ORDER);
      dir.primaryChildren = List.copyOf(primary);
      List<IsoNode> joliet = new ArrayList<>();
      for (IsoNode c : dir.children) {
        if (c.kind != IsoNode.Kind.SYMLINK) {
          c.jolietId = c.name;
          joliet.add(c);
        }
      }
      joliet.sort(IsoNames.JOLIET_ORDER);
      dir.jolietChildren = List.copyOf(joliet);
      for (IsoNode c : primary) {
        if (c.isDirectory()) {
          queue.add(c);
        }
      }
    }
    primaryDirectories.addAll(queue);
    // Joliet path-table order: by level, then parent number, then identifier.
    jolietDirectories.add(root);
    for (int i = 0; i < jolietDirectories.size(); i++) {
      for (IsoNode c : jolietDirectories.get(i).jolietChildren) {
        if (c.isDirectory()) {
          jolietDirectories.add(c);
        }
      }
    }
    for (int i = 0; i < primaryDirectories.size(); i++) {
      primaryDirectories.get(i).primaryNumber = i + 1;
    }
    for (int i = 0; i < jolietDirectories.size(); i++) {
      jolietDirectories.get(i).jolietNumber = i + 1;
    }
  }
}
