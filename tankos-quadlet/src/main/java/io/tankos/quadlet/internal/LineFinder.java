package io.tankos.quadlet.internal;

import io.tankos.core.unit.UnitSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the line number of a key in a group of unit-file text, following the parser's line rules.
 * One lookup reads the text once; {@link #lines(String)} indexes every assignment on its first
 * lookup, for a file that may have a finding on each of its lines.
 */
public final class LineFinder {
  private final String text;
  /** group NUL key to the lines of its assignments in order; made by the first lookup. */
  private volatile Map<String, List<Integer>> assignments;

  private LineFinder(String text) {
    this.text = text;
  }

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
    return lines(text).line(group, key, occurrence);
  }

  /**
   * A finder for many lookups in one text; nothing is read until the first.
   *
   * @param text the file
   * @return the finder
   */
  public static LineFinder lines(String text) {
    return new LineFinder(text);
  }

  /**
   * The 1-based line where the {@code occurrence}-th assignment of a key in a group starts.
   *
   * @param group the group name
   * @param key the key
   * @param occurrence 0 for the first assignment
   * @return the line number, or 0 when not found
   */
  public int line(String group, String key, int occurrence) {
    Map<String, List<Integer>> index = assignments;
    if (index == null) {
      index = index(text);
      assignments = index;
    }
    List<Integer> lines = index.get(group + '\0' + key);
    return lines == null || occurrence < 0 || occurrence >= lines.size() ? 0 : lines.get(occurrence);
  }

  private static Map<String, List<Integer>> index(String text) {
    Map<String, List<Integer>> index = new HashMap<>();
    String current = null;
    boolean continued = false;
    int start = 0;
    for (int i = 1; start <= text.length(); i++) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      // the trimmed line is text[from, to), read in place
      int from = start;
      int to = end;
      while (from < to && UnitSyntax.isSpace(text.charAt(from))) {
        from++;
      }
      while (to > from && UnitSyntax.isSpace(text.charAt(to - 1))) {
        to--;
      }
      start = end + 1;
      boolean comment = from == to || text.charAt(from) == '#' || text.charAt(from) == ';';
      boolean continues = to > from && text.charAt(to - 1) == '\\';
      if (continued) {
        if (!comment) {
          continued = continues;
        }
        continue;
      }
      if (comment) {
        continue;
      }
      int close = text.charAt(from) == '[' ? indexOf(text, ']', from, to) : -1;
      if (close > from) {
        current = text.substring(from + 1, close);
        continue;
      }
      int eq = indexOf(text, '=', from, to);
      if (eq > from && current != null) {
        String k = UnitSyntax.trimSpace(text.substring(from, eq));
        String key = current + '\0' + k;
        List<Integer> at = index.get(key);
        if (at == null) { // not computeIfAbsent: no lambda on the check's path
          at = new ArrayList<>(2);
          index.put(key, at);
        }
        at.add(i);
      }
      continued = continues;
    }
    return index;
  }

  /** The first {@code c} in {@code s[from, to)}, or -1: never past the line, linear in the text. */
  private static int indexOf(String s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
