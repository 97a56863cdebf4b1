package io.tankos.cloudinit.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regex tests without a new {@link Matcher} for each (a matcher costs about 200 bytes, more than
 * most texts it tests): one matcher per pattern and thread, reset for each test and let go of the
 * text after it. For patterns that live as long as the program (constants, rule tables): each one
 * used keeps its matcher.
 */
public final class ReusedMatchers {
  private static final ThreadLocal<Map<Pattern, Matcher>> MATCHERS =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private ReusedMatchers() {}

  /**
   * Whether the pattern is found in the text, as {@code pattern.matcher(text).find()}.
   *
   * @param pattern a long-lived pattern
   * @param text the text
   * @return whether a match is found
   */
  static boolean find(Pattern pattern, CharSequence text) {
    Matcher m = matcher(pattern);
    try {
      return m.reset(text).find();
    } finally {
      m.reset(""); // the thread keeps no reference to the text
    }
  }

  /**
   * Whether the pattern matches a region of the text whole, as {@code
   * pattern.matcher(text.subSequence(from, to)).matches()} (anchors match at the region's bounds).
   *
   * @param pattern a long-lived pattern
   * @param text the text
   * @param from the region's start
   * @param to the region's end
   * @return whether the region matches
   */
  public static boolean matches(Pattern pattern, CharSequence text, int from, int to) {
    Matcher m = matcher(pattern);
    try {
      return m.reset(text).region(from, to).matches();
    } finally {
      m.reset("");
    }
  }

  private static Matcher matcher(Pattern pattern) {
    return MATCHERS.get().computeIfAbsent(pattern, p -> p.matcher(""));
  }
}
