package io.tankos.core.systemd;

import io.tankos.core.unit.ExecWords;
import java.util.List;

/**
 * Field rules shared by {@link SysusersFile} and {@link TmpfilesFile}: both tools split a line into
 * words with systemd's quoting and C escapes, then expand specifiers, so a written field is quoted
 * when needed and its {@code %} doubled.
 */
final class ConfigFields {
  /** Highest valid user or group id ({@code (uid_t) -2}); 65535 is refused as well. */
  static final long MAX_ID = 4294967294L;

  private ConfigFields() {}

  /** Writes a field: {@code -} when empty, else quoted as needed with {@code %} doubled. */
  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "-";
    }
    return UnitNames.escape(ExecWords.quoteWord(value));
  }

  /**
   * A mode as four octal digits, as {@code String.format("%04o", mode)} writes one within
   * 0..07777, without a formatter.
   *
   * @param mode permission bits, 0 to 07777
   * @return e.g. {@code 0644}
   */
  static String mode(int mode) {
    return new String(new char[] {(char) ('0' + (mode >> 9 & 7)), (char) ('0' + (mode >> 6 & 7)),
        (char) ('0' + (mode >> 3 & 7)), (char) ('0' + (mode & 7))});
  }

  /** Why text is not a user or group name systemd-sysusers creates, or null. */
  static String nameProblem(String name) {
    if (isName(name)) {
      return null;
    }
    return "'" + name + "' is not a user or group name (a letter or '_', then letters, digits, '_'"
        + " or '-', at most 31 characters)";
  }

  /**
   * Whether a text is a user or group name, {@code [A-Za-z_][A-Za-z0-9_-]{0,30}}, read by hand: no
   * matcher for each field of each line.
   *
   * @param name the text
   * @return true when it matches
   */
  static boolean isName(String name) {
    if (name.isEmpty() || name.length() > 31) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
      if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a text is a numeric id as written, {@code [0-9]{1,10}}, read by hand.
   *
   * @param text the text
   * @return true when it matches
   */
  static boolean isId(String text) {
    if (text.isEmpty() || text.length() > 10) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The lines of a file, each ending in a newline, written into a buffer of their length (no copies
   * as it grows).
   *
   * @param lines the lines
   * @return the text
   */
  static String text(List<String> lines) {
    int length = 0;
    for (String l : lines) {
      length += l.length() + 1;
    }
    StringBuilder out = new StringBuilder(length);
    for (String l : lines) {
      out.append(l).append('\n');
    }
    return out.toString();
  }

  /** Why a number is not a user or group id, or null. */
  static String idProblem(long id) {
    if (id < 0 || id > MAX_ID || id == 65535) {
      return id + " is not a valid id (0.." + MAX_ID + ", not 65535)";
    }
    return null;
  }

  /** Why text is not an owner field: a name or a numeric id; null (written {@code -}) is fine. */
  static String ownerProblem(String owner) {
    if (owner == null || owner.isEmpty()) {
      return null;
    }
    if (isId(owner)) {
      return idProblem(Long.parseLong(owner));
    }
    return nameProblem(owner);
  }

  /**
   * Why text is not a normalized absolute path without white space, control characters or
   * {@code :}, or null.
   */
  static String pathProblem(String path, boolean colonAllowed) {
    if (!path.startsWith("/")) {
      return "'" + path + "' is not an absolute path";
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return "path cannot contain white space or control characters (at index " + i + ")";
      }
      if (c == ':' && !colonAllowed) {
        return "path cannot contain ':' (at index " + i + ")";
      }
    }
    if (path.length() > 1 && (path.endsWith("/") || path.contains("//") || path.contains("/./")
        || path.contains("/../") || path.endsWith("/.") || path.endsWith("/.."))) {
      return "path '" + path + "' is not normalized (no '//', '.', '..' or trailing '/')";
    }
    return null;
  }
}
