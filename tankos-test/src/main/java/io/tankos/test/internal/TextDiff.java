package io.tankos.test.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified-diff-like snippet of two texts: changed lines with one line of context, hunks headed by
 * their line numbers. For assertion messages, not for patching.
 */
public final class TextDiff {
  private static final int MAX_CELLS = 4_000_000;

  private TextDiff() {}

  /**
   * The difference of two texts.
   *
   * @param expectedName label of the expected side, e.g. {@code golden/etc/hostname}
   * @param expected the expected text
   * @param actualName label of the actual side
   * @param actual the actual text
   * @return {@code --- expected}, {@code +++ actual}, then hunks; empty when the texts are equal
   */
  public static String diff(String expectedName, String expected, String actualName, String actual) {
    if (expected.equals(actual)) {
      return "";
    }
    List<String> a = lines(expected);
    List<String> b = lines(actual);
    StringBuilder out = new StringBuilder("--- ").append(expectedName).append('\n');
    out.append("+++ ").append(actualName).append('\n');
    if ((long) a.size() * b.size() > MAX_CELLS) {
      int i = 0;
      while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
        i++;
      }
      out.append("@@ line ").append(i + 1).append(" (first difference; texts too long to align) @@\n");
      appendLine(out, '-', a, i);
      appendLine(out, '+', b, i);
      return out.toString();
    }
    List<String> ops = align(a, b);
    appendHunks(out, ops);
    return out.toString();
  }

  private static void appendLine(StringBuilder out, char sign, List<String> lines, int i) {
    if (i < lines.size()) {
      out.append(sign).append(lines.get(i)).append('\n');
    }
  }

  /** Each op is a sign (' ', '-', '+'), the old and new line numbers and the text. */
  private static List<String> align(List<String> a, List<String> b) {
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        ops.add(op(' ', i++, j++, a.get(i - 1)));
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(op('-', i++, j, a.get(i - 1)));
      } else {
        ops.add(op('+', i, j++, b.get(j - 1)));
      }
    }
    return ops;
  }

  private static String op(char sign, int i, int j, String text) {
    return sign + "" + (i + 1) + "," + (j + 1) + "\t" + text;
  }

  private static void appendHunks(StringBuilder out, List<String> ops) {
    int last = -2;
    for (int k = 0; k < ops.size(); k++) {
      if (!near(ops, k)) {
        continue;
      }
      String op = ops.get(k);
      if (k != last + 1) {
        String[] at = op.substring(1, op.indexOf('\t')).split(",");
        out.append("@@ -").append(at[0]).append(" +").append(at[1]).append(" @@\n");
      }
      out.append(op.charAt(0)).append(op.substring(op.indexOf('\t') + 1)).append('\n');
      last = k;
    }
  }

  private static boolean near(List<String> ops, int k) {
    for (int d = -1; d <= 1; d++) {
      int n = k + d;
      if (n >= 0 && n < ops.size() && ops.get(n).charAt(0) != ' ') {
        return true;
      }
    }
    return false;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (text.endsWith("\n")) {
      out.remove(out.size() - 1);
    } else if (!text.isEmpty()) {
      out.set(out.size() - 1, out.get(out.size() - 1) + "\\ (no newline at end)");
    }
    return out;
  }
}
