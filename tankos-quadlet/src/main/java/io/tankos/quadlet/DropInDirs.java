package io.tankos.quadlet;

import io.tankos.core.podman.PodmanVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of the drop-in directories the generator reads for one unit file, most specific first
 * (podman {@code UnitFile.GetUnitDropinPaths}, 5.2 and later): {@code web-app.container.d}, for an
 * instance its template's {@code web@.container.d}, then each dash-separated prefix of the name from
 * the longest ({@code web-.container.d}; for a template also {@code web-@.container.d}), then the
 * type's {@code container.d}. Before 5.2: the unit's own directory and, for an instance, its
 * template's.
 */
final class DropInDirs {
  private DropInDirs() {}

  /**
   * The directory names, most specific first.
   *
   * @param fileName the unit's file name, e.g. {@code web-app@1.container}
   * @param version the Podman version
   * @return directory names relative to a search directory
   */
  static List<String> of(String fileName, PodmanVersion version) {
    int dot = fileName.lastIndexOf('.');
    String ext = fileName.substring(dot); // Go's filepath.Ext: from the last dot
    String base = fileName.substring(0, dot);
    int at = base.indexOf('@');
    String unitName = at < 0 ? base : base.substring(0, at);
    boolean template = at >= 0;
    boolean instance = template && at + 1 < base.length();
    String dropInExt = ext + ".d";
    if (!version.atLeast(PodmanVersion.V5_2)) { // the unit's own directory, then its template's
      return instance ? List.of(fileName + ".d", unitName + "@" + dropInExt) : List.of(fileName + ".d");
    }
    List<String> broadFirst = new ArrayList<>();
    broadFirst.add(dropInExt.substring(1));
    int dash = unitName.indexOf('-');
    while (dash >= 0) { // every prefix ending in a dash, shortest first
      String prefix = unitName.substring(0, dash + 1);
      broadFirst.add(prefix + dropInExt);
      if (template) {
        broadFirst.add(prefix + "@" + dropInExt);
      }
      dash = unitName.indexOf('-', dash + 1);
    }
    if (instance) {
      broadFirst.add(unitName + "@" + dropInExt);
    }
    broadFirst.add(fileName + ".d");
    java.util.Collections.reverse(broadFirst);
    return broadFirst;
  }
}
