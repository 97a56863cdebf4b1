package io.tankos.bootc.image.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The known key closest to a misspelled one: same letters ignoring case and separators, or at most two edits. */
final class KeySuggestion {
  private KeySuggestion() {}

  /**
   * The closest known key.
   *
   * @param key the unknown key
   * @param known the keys allowed there
   * @return a key to suggest, if one is close enough
   */
  static Optional<String> closest(String key, List<String> known) {
    String k = normal(key);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      if (normal(candidate).equals(k)) {
        return Optional.of(candidate);
      }
      int d = distance(k, normal(candidate));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int allowed = Math.min(2, Math.max(1, k.length() / 4));
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  private static String normal(String key) {
    return key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance, with an adjacent swap counted as one edit; long keys are not compared. */
  private static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
