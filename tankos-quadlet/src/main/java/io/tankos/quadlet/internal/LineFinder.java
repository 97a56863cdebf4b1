package io.tankos.quadlet.internal;

import io.tankos.core.unit.UnitSyntax;

/** Finds the line number of a key in a group of unit-file text, following the parser's line rules. */
public final class LineFinder {
  private LineFinder() {}

  /**
   * The 1-based line where the {@code occurrence}-th assignment of a key in a group starts.
   *
   * @param text the file
   * @param group the group name
   * @param key the key
   * @param occurrence 0 for the first assignment
   * @return the line number, or 0 when not found
   */
  public static int line(String text, String group, String key, int occurrence) {
    String[] lines = text.split("\n", -1);
    String current = null;
    int seen = 0;
    boolean continued = false;
    for (int i = 0; i < lines.length; i++) {
      String l = UnitSyntax.trimSpace(lines[i]);
      boolean comment = l.isEmpty() || l.charAt(0) == '#' || l.charAt(0) == ';';
      if (continued) {
        if (!comment) {
          continued = l.endsWith("\\");
        }
        continue;
      }
      if (comment) {
        continue;
      }
      if (l.startsWith("[") && l.indexOf(']') > 0) {
        current = l.substring(1, l.indexOf(']'));
        continue;
      }
      int eq = l.indexOf('=');
      if (eq > 0 && group.equals(current)) {
        String k = UnitSyntax.trimSpace(l.substring(0, eq));
        if (k.equals(key)) {
          if (seen == occurrence) {
            return i + 1;
          }
          seen++;
        }
      }
      continued = l.endsWith("\\");
    }
    return 0;
  }
}
