package io.tankos.core.iso;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ISO 9660 level 1 identifiers: names mapped to 8.3 upper-case d-characters ({@code A-Z 0-9 _}),
 * files with the version {@code ;1}, collisions resolved with a decimal suffix in the order of the
 * original names.
 */
final class IsoNames {
  static final int NAME_MAX = 8;
  static final int EXTENSION_MAX = 3;

  /**
   * ECMA-119 9.3 order for level-1 identifiers: name, then extension (space padding sorts first).
   */
  static final Comparator<IsoNode> PRIMARY_ORDER =
      Comparator.comparing((IsoNode n) -> namePart(n.primaryId))
          .thenComparing(n -> extensionPart(n.primaryId));

  /** Joliet records in UCS-2 code unit order. */
  static final Comparator<IsoNode> JOLIET_ORDER = Comparator.comparing(n -> n.jolietId);

  private IsoNames() {}

  /**
   * Gives every child a level-1 identifier that is unique in its directory.
   *
   * @param children children sorted by original name
   */
  static void assignPrimary(List<IsoNode> children) {
    Set<String> taken = new HashSet<>();
    for (IsoNode c : children) {
      String base;
      String ext = "";
      if (c.isDirectory()) {
        base = dChars(c.name, NAME_MAX);
      } else {
        int dot = c.name.lastIndexOf('.');
        if (dot > 0) {
          base = dChars(c.name.substring(0, dot), NAME_MAX);
          ext = dChars(c.name.substring(dot + 1), EXTENSION_MAX);
        } else {
          base = dChars(c.name, NAME_MAX);
        }
      }
      if (base.isEmpty()) {
        base = "_";
      }
      String id = identifier(base, ext, c.isDirectory());
      for (int n = 1; !taken.add(id); n++) {
        String suffix = Integer.toString(n);
        String head = base.substring(0, Math.min(base.length(), NAME_MAX - suffix.length()));
        id = identifier(head + suffix, ext, c.isDirectory());
      }
      c.primaryId = id;
    }
  }

  /** Whether the level-1 identifier reads back as the name itself (no extension needed). */
  static boolean keepsName(IsoNode n) {
    String id = n.primaryId;
    if (!n.isDirectory()) {
      id = id.substring(0, id.length() - 2);
      if (id.endsWith(".")) {
        id = id.substring(0, id.length() - 1);
      }
    }
    return id.equals(n.name);
  }

  private static String identifier(String base, String ext, boolean directory) {
    return directory ? base : base + "." + ext + ";1";
  }

  private static String dChars(String s, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < max; i++) {
      char c = Character.toUpperCase(s.charAt(i));
      b.append((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ? c : '_');
    }
    return b.toString();
  }

  private static String namePart(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }

  private static String extensionPart(String id) {
    int dot = id.indexOf('.');
    int semi = id.indexOf(';');
    return dot < 0 ? "" : id.substring(dot + 1, semi < 0 ? id.length() : semi);
  }
}
