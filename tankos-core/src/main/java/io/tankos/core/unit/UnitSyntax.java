package io.tankos.core.unit;

/**
 * The lexical rules of systemd-style unit files as Podman's Quadlet parser applies them: what a key,
 * a section name and a value may contain so that the file reads back exactly as written.
 *
 * <p>Each check returns {@code null} when the text is fine, or the reason it cannot be written.
 */
public final class UnitSyntax {
  private UnitSyntax() {}

  /**
   * Whether Go's {@code unicode.IsSpace} holds for the code point (the parser trims with it).
   *
   * @param c a code point
   * @return true for white space
   */
  public static boolean isSpace(int c) {
    switch (c) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F,
          0x3000:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }

  /**
   * Whether Go's {@code unicode.IsControl} holds: C0 controls, DEL and C1 controls.
   *
   * @param c a code point
   * @return true for a control character
   */
  public static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /**
   * Go's {@code strings.TrimSpace}: removes leading and trailing white space.
   *
   * @param s text
   * @return the trimmed text
   */
  public static String trimSpace(String s) {
    int start = trimmedStart(s, 0, s.length());
    return s.substring(start, trimmedEnd(s, start, s.length()));
  }

  /** The index of the first {@code c} in {@code s[from, to)}, or -1: no look past the line. */
  static int indexOf(String s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The first index of {@code s[from, to)} after its leading white space. */
  static int trimmedStart(String s, int from, int to) {
    int start = from;
    while (start < to && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    return start;
  }

  /** The end of {@code s[from, to)} before its trailing white space. */
  static int trimmedEnd(String s, int from, int to) {
    int end = to;
    while (end > from && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return end;
  }

  /**
   * Why a key cannot be written so that the parser reads it back unchanged, or null.
   *
   * @param key a key
   * @return the reason, or null when the key is fine
   */
  public static String keyProblem(String key) {
    if (key.isEmpty()) {
      return "key is empty";
    }
    char first = key.charAt(0);
    if (first == '#' || first == ';') {
      return "key cannot start with '" + first + "' (the line would be a comment)";
    }
    if (isSpace(key.codePointAt(0)) || endsWithTrimmedByte(key)) {
      return "key cannot start or end with white space";
    }
    // char by char: neither '=' nor a control character is half of a surrogate pair, and no code
    // point past the BMP is a control; the parser asks this of every key it reads
    for (int i = 0, n = key.length(); i < n; i++) {
      char c = key.charAt(i);
      if (c == '=') {
        return "key cannot contain '='";
      }
      if (isControl(c)) {
        return "key cannot contain control characters (at index " + i + ")";
      }
    }
    return null;
  }

  /**
   * Whether the parser's key trimming, which looks at single bytes, would cut the key's last
   * character: ASCII white space, or a character whose UTF-8 form ends in byte 0x85 or 0xA0.
   */
  static boolean endsWithTrimmedByte(String key) {
    int last = key.codePointBefore(key.length());
    if (last < 0x80) {
      return isSpace(last);
    }
    byte[] utf8 = new String(Character.toChars(last)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int b = utf8[utf8.length - 1] & 0xFF;
    return b == 0x85 || b == 0xA0;
  }

  /**
   * Whether a line would be read as a group header: {@code [} first, and only spaces or tabs after
   * the first {@code ]}.
   *
   * @param line a trimmed line
   * @return true for a group header
   */
  public static boolean isGroupLine(String line) {
    return groupEnd(line, 0, line.length()) >= 0;
  }

  /**
   * The index of the {@code ]} that closes the group header {@code s[from, to)}, or -1 when that
   * is not a group header line.
   */
  static int groupEnd(String s, int from, int to) {
    if (from >= to || s.charAt(from) != '[') {
      return -1;
    }
    int end = indexOf(s, ']', from, to);
    if (end < 0) {
      return -1;
    }
    for (int i = end + 1; i < to; i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t') {
        return -1;
      }
    }
    return end;
  }

  /**
   * Why a section name cannot be written, or null.
   *
   * @param name a section name such as {@code Container}
   * @return the reason, or null when the name is fine
   */
  public static String sectionNameProblem(String name) {
    if (name.isEmpty()) {
      return "section name is empty";
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (c == '[' || c == ']') {
        return "section name cannot contain '[' or ']'";
      }
      if (isControl(c)) {
        return "section name cannot contain control characters (at index " + i + ")";
      }
      i += Character.charCount(c);
    }
    return null;
  }

  /**
   * Why a value cannot be written on a {@code Key=Value} line so that it reads back unchanged, or
   * null.
   *
   * @param value a value
   * @return the reason, or null when the value is fine
   */
  public static String valueProblem(String value) {
    if (value.isEmpty()) {
      return null;
    }
    int nl = value.indexOf('\n');
    if (nl >= 0) {
      return "value cannot contain a newline (at index " + nl + ")";
    }
    int nul = value.indexOf('\0');
    if (nul >= 0) {
      return "value cannot contain a NUL character (at index " + nul
          + "; Quadlet and systemd cannot carry it)";
    }
    if (isSpace(value.codePointAt(0))) {
      return "value cannot start with white space (the parser drops it)";
    }
    if (isSpace(value.codePointBefore(value.length()))) {
      return "value cannot end with white space (the parser drops it)";
    }
    if (value.charAt(value.length() - 1) == '\\') {
      return "value cannot end with a backslash (it would continue onto the next line)";
    }
    return null;
  }

  /**
   * Why a comment line cannot be written so that it reads back unchanged, or null.
   *
   * @param text a comment line
   * @return the reason, or null
   */
  public static String commentProblem(String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (!trimSpace(text).equals(text)) {
      return "comment cannot start or end with white space";
    }
    if (text.indexOf('\0') >= 0) {
      return "comment cannot contain a NUL character";
    }
    return null;
  }
}
