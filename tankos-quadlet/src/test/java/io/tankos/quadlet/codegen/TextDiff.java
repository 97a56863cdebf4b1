package io.tankos.quadlet.codegen;

import java.util.List;

/** The region where two texts differ, as {@code -}/{@code +} lines with a little context. */
final class TextDiff {
  private static final int CONTEXT = 2;
  private static final int MAX = 30;

  private TextDiff() {}

  static String of(String name, String actual, String expected) {
    List<String> a = List.of(actual.split("\n", -1));
    List<String> e = List.of(expected.split("\n", -1));
    int start = 0;
    while (start < a.size() && start < e.size() && a.get(start).equals(e.get(start))) {
      start++;
    }
    int endA = a.size();
    int endE = e.size();
    while (endA > start && endE > start && a.get(endA - 1).equals(e.get(endE - 1))) {
      endA--;
      endE--;
    }
    StringBuilder out = new StringBuilder("--- " + name + " (committed)\n+++ " + name + " (generated)\n");
    out.append("@@ line ").append(start + 1).append(" @@\n");
    for (int i = Math.max(0, start - CONTEXT); i < start; i++) {
      out.append("  ").append(a.get(i)).append('\n');
    }
    append(out, "- ", a.subList(start, endA));
    append(out, "+ ", e.subList(start, endE));
    return out.toString();
  }

  private static void append(StringBuilder out, String mark, List<String> lines) {
    for (int i = 0; i < lines.size() && i < MAX; i++) {
      out.append(mark).append(lines.get(i)).append('\n');
    }
    if (lines.size() > MAX) {
      out.append(mark).append("… ").append(lines.size() - MAX).append(" more lines\n");
    }
  }
}
