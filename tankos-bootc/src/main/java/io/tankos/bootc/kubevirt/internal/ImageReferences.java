package io.tankos.bootc.kubevirt.internal;

import io.tankos.core.text.Shown;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;

/**
 * Container image references as the kubelet pulls them: the OCI distribution grammar
 * {@code [HOST[:PORT]/]PATH[:TAG][@DIGEST]}, a lower-case path of at most 255 characters with its
 * host, and not a bare 64-digit image id. A value outside it fails only later, on the node, as
 * {@code InvalidImageName}; here it fails with the field's location.
 */
public final class ImageReferences {
  /** The longest name (host and path) the grammar allows. */
  private static final int MAX_NAME = 255;
  /** Longer values are refused before they are scanned. */
  private static final int MAX_REFERENCE = 4096;
  private static final int MAX_TAG = 128;
  private static final String GRAMMAR = "expected [HOST[:PORT]/]PATH[:TAG][@ALGORITHM:DIGEST], the path in lower case"
      + " (letters, digits and the separators '.', '_', '__', '-')";

  private ImageReferences() {}

  /**
   * Records a problem when the value is not an image reference the kubelet can pull.
   *
   * @param problems the collector
   * @param at the field's location
   * @param image the value
   */
  public static void check(Problems problems, Location at, String image) {
    String why = problem(image);
    if (why != null) {
      problems.add(at, "'" + Shown.value(image, 80) + "' is not a container image reference: " + why);
    }
  }

  /**
   * Whether {@link #check} finds nothing: a caller makes the field's location only when not.
   *
   * @param image the value
   * @return true when the value is an image reference
   */
  public static boolean isReference(String image) {
    return problem(image) == null;
  }

  /** Why the value is refused, or null. Scanned by hand: a pattern would recurse per separator. */
  static String problem(String image) {
    if (image.isEmpty()) {
      return "it is empty";
    }
    if (image.length() > MAX_REFERENCE) {
      return "longer than " + MAX_REFERENCE + " characters";
    }
    int at = image.indexOf('@');
    String rest = at < 0 ? image : image.substring(0, at);
    if (at >= 0 && !digest(image.substring(at + 1))) {
      return "the digest is not ALGORITHM:HEX (e.g. sha256: and at least 32 hex digits)";
    }
    int slash = rest.lastIndexOf('/');
    int colon = rest.lastIndexOf(':');
    String name = rest;
    if (colon > slash) {
      String tag = rest.substring(colon + 1);
      if (!tag(tag)) {
        return "the tag is not 1 to " + MAX_TAG + " letters, digits, '_', '.', '-' (not starting with '.' or '-')";
      }
      name = rest.substring(0, colon);
    }
    if (!name(name)) {
      return GRAMMAR;
    }
    if (name.length() > MAX_NAME) {
      return "the name before the tag is longer than " + MAX_NAME + " characters";
    }
    if (name.length() == 64 && hex(name, 0, 64, false)) {
      return "a 64-digit image id is not a name a node can pull";
    }
    return null;
  }

  /** {@code [HOST[:PORT]/]PATH(/PATH)*}. */
  private static boolean name(String name) {
    int first = name.indexOf('/');
    if (first < 0) {
      return pathComponent(name, 0, name.length());
    }
    if (!pathComponent(name, 0, first) && !(host(name, 0, first) && namesAHost(name.substring(0, first)))) {
      return false;
    }
    int from = first + 1;
    while (true) {
      int next = name.indexOf('/', from);
      int end = next < 0 ? name.length() : next;
      if (!pathComponent(name, from, end)) {
        return false;
      }
      if (next < 0) {
        return true;
      }
      from = next + 1;
    }
  }

  /**
   * Whether a first component is read as a host: with a '.' or ':' in it, or {@code localhost};
   * any other is the start of the path (in lower case, then).
   */
  private static boolean namesAHost(String first) {
    return first.indexOf('.') >= 0 || first.indexOf(':') >= 0 || first.equals("localhost");
  }

  /** {@code [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*} over {@code s[from, to)}. */
  private static boolean pathComponent(String s, int from, int to) {
    if (from == to || !lowerAlnum(s.charAt(from)) || !lowerAlnum(s.charAt(to - 1))) {
      return false;
    }
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (lowerAlnum(c)) {
        i++;
        continue;
      }
      int run = i;
      while (i < to && !lowerAlnum(s.charAt(i))) {
        i++;
      }
      if (!separator(s, run, i)) {
        return false;
      }
    }
    return true;
  }

  /** {@code \.|_|__|-+} over {@code s[from, to)}, a non-empty run of characters other than [a-z0-9]. */
  private static boolean separator(String s, int from, int to) {
    char c = s.charAt(from);
    int n = to - from;
    if (c == '.') {
      return n == 1;
    }
    if (c == '_') {
      return n == 1 || n == 2 && s.charAt(from + 1) == '_';
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) != '-') {
        return false;
      }
    }
    return true;
  }

  /** A domain name or a bracketed IPv6 address, then an optional {@code :PORT}, over {@code s[from, to)}. */
  private static boolean host(String s, int from, int to) {
    int colon = s.charAt(from) == '[' ? s.indexOf("]:", from) : s.indexOf(':', from);
    int hostEnd = to;
    if (colon >= 0 && colon < to) {
      hostEnd = s.charAt(from) == '[' ? colon + 1 : colon;
      int portFrom = hostEnd + 1;
      if (portFrom == to) {
        return false;
      }
      for (int i = portFrom; i < to; i++) {
        if (!digit(s.charAt(i))) {
          return false;
        }
      }
    }
    if (s.charAt(from) == '[') {
      if (hostEnd - from < 3 || s.charAt(hostEnd - 1) != ']') {
        return false;
      }
      for (int i = from + 1; i < hostEnd - 1; i++) {
        char c = s.charAt(i);
        if (!(c == ':' || hexDigit(c))) {
          return false;
        }
      }
      return true;
    }
    int label = from;
    for (int i = from; i <= hostEnd; i++) {
      if (i == hostEnd || s.charAt(i) == '.') {
        if (i == label || s.charAt(label) == '-' || s.charAt(i - 1) == '-') {
          return false;
        }
        label = i + 1;
      } else if (!alnum(s.charAt(i)) && s.charAt(i) != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code [\w][\w.-]{0,127}}. */
  private static boolean tag(String tag) {
    if (tag.isEmpty() || tag.length() > MAX_TAG || !word(tag.charAt(0))) {
      return false;
    }
    for (int i = 1; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (!word(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Za-z][A-Za-z0-9]*([-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}}. */
  private static boolean digest(String d) {
    int colon = d.indexOf(':');
    if (colon < 1 || d.length() - colon - 1 < 32 || !hex(d, colon + 1, d.length(), true)) {
      return false;
    }
    boolean expectLetter = true;
    for (int i = 0; i < colon; i++) {
      char c = d.charAt(i);
      if (expectLetter) {
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
          return false;
        }
        expectLetter = false;
      } else if (c == '-' || c == '_' || c == '+' || c == '.') {
        expectLetter = true;
      } else if (!alnum(c)) {
        return false;
      }
    }
    return !expectLetter;
  }

  private static boolean hex(String s, int from, int to, boolean upper) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!(digit(c) || c >= 'a' && c <= 'f' || upper && c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  private static boolean hexDigit(char c) {
    return digit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private static boolean lowerAlnum(char c) {
    return c >= 'a' && c <= 'z' || digit(c);
  }

  private static boolean alnum(char c) {
    return lowerAlnum(c) || c >= 'A' && c <= 'Z';
  }

  private static boolean word(char c) {
    return alnum(c) || c == '_';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
