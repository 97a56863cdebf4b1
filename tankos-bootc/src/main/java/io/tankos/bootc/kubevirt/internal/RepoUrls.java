package io.tankos.bootc.kubevirt.internal;

import io.tankos.core.text.Shown;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.List;

/**
 * Git repository URLs as Argo CD's repo server hands them to {@code git}: a URL of a scheme git
 * clones from, or the scp-like {@code [USER@]HOST:PATH}. Refused: blank values, whitespace or
 * control characters, and a leading {@code -}, which {@code git} would read as an option.
 */
public final class RepoUrls {
  private static final List<String> SCHEMES = List.of("https://", "http://", "ssh://", "git://", "file://");

  private RepoUrls() {}

  /**
   * Records a problem when the value is missing or not a Git repository URL.
   *
   * @param problems the collector
   * @param at the field's location
   * @param url the value, or null
   */
  public static void check(Problems problems, Location at, String url) {
    if (url == null || url.isBlank()) {
      problems.add(at, "is required");
    } else if (!isRepoUrl(url)) {
      problems.add(at, "'" + Shown.value(url, 80) + "' is not a Git repository URL (an https://, http://, ssh://,"
          + " git:// or file:// URL, or USER@HOST:PATH)");
    }
  }

  static boolean isRepoUrl(String url) {
    if (url.length() > 2048 || url.startsWith("-") || url.codePoints().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
      return false;
    }
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    for (String scheme : SCHEMES) {
      if (lower.startsWith(scheme)) {
        return url.length() > scheme.length();
      }
    }
    int colon = url.indexOf(':');
    int slash = url.indexOf('/');
    // scp-like: a host (optionally USER@) before the first ':', and that ':' before any '/'
    if (colon <= 0 || slash >= 0 && slash < colon || colon == url.length() - 1) {
      return false;
    }
    int at = url.lastIndexOf('@', colon);
    return at != 0 && at != colon - 1; // neither the user nor the host empty
  }
}
