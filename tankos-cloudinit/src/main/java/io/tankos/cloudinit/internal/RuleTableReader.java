package io.tankos.cloudinit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rule table ({@code rules-NAME.yaml}, written by the tests' {@code RuleTableWriter}) into
 * the maps, lists and scalars a YAML 1.1 loader makes of it, without one: the table is read at the
 * start of every {@code cloud-init check}, where a general YAML loader, not yet compiled, took most
 * of the command's time. The format is a subset of YAML: {@code # comment} lines and {@code id:
 * FLOW} lines, where FLOW is a flow mapping or sequence of JSON strings, integers and plain words;
 * {@code true}, {@code false} and {@code null} are read as YAML reads them. Anything else is refused,
 * so a table this cannot read the same way a YAML loader would fails its load, never reads
 * differently ({@code RuleTablesTest} compares the two on every table).
 */
final class RuleTableReader {
  /** Plain words YAML 1.1 reads as booleans or null in some spelling. */
  private static final Set<String> YAML_WORDS = Set.of("yes", "no", "on", "off", "true", "false", "null");

  private final String name;
  private final String text;
  private int at;
  private int line = 1;

  private RuleTableReader(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /**
   * The table's nodes in order.
   *
   * @param name the table's name, for errors
   * @param text the table
   * @return node id to its fields
   * @throws IllegalStateException naming the line when the text is not a rule table
   */
  static Map<String, Object> read(String name, String text) {
    return new RuleTableReader(name, text).table();
  }

  private Map<String, Object> table() {
    Map<String, Object> nodes = new LinkedHashMap<>();
    while (at < text.length()) {
      if (text.charAt(at) == '#' || text.charAt(at) == '\n') {
        skipLine();
        continue;
      }
      int colon = text.indexOf(": ", at);
      int end = text.indexOf('\n', at);
      if (colon < 0 || end >= 0 && colon > end) {
        throw bad("no 'id: ' at the start");
      }
      String id = text.substring(at, colon);
      at = colon + 2;
      Object value = value();
      if (at < text.length() && text.charAt(at) != '\n') {
        throw bad("more after the node");
      }
      if (!(word(id) instanceof String)) {
        throw bad("a node id must be a word");
      }
      put(nodes, id, value);
      skipLine();
    }
    return nodes;
  }

  private void skipLine() {
    int end = text.indexOf('\n', at);
    at = end < 0 ? text.length() : end + 1;
    line++;
  }

  private Object value() {
    char c = peek();
    if (c == '{') {
      Map<String, Object> m = new LinkedHashMap<>();
      at++;
      if (peek() == '}') {
        at++;
        return m;
      }
      while (true) {
        Object key = peek() == '"' ? string() : word(token());
        if (!(key instanceof String k) || !text.startsWith(": ", at)) {
          throw bad("a mapping key must be a string followed by ': '");
        }
        at += 2;
        put(m, k, value());
        if (!separator('}')) {
          return m;
        }
      }
    }
    if (c == '[') {
      List<Object> l = new ArrayList<>();
      at++;
      if (peek() == ']') {
        at++;
        return l;
      }
      while (true) {
        l.add(value());
        if (!separator(']')) {
          return l;
        }
      }
    }
    return c == '"' ? string() : word(token());
  }

  /** After an item: true when another follows (", "), false at the closing bracket. */
  private boolean separator(char close) {
    if (text.startsWith(", ", at)) {
      at += 2;
      return true;
    }
    if (peek() == close) {
      at++;
      return false;
    }
    throw bad("expected ', ' or '" + close + "'");
  }

  private char peek() {
    if (at >= text.length()) {
      throw bad("unexpected end");
    }
    return text.charAt(at);
  }

  /** A plain word, up to the next flow indicator or ': '. */
  private String token() {
    int start = at;
    while (at < text.length() && ",[]{}\n".indexOf(text.charAt(at)) < 0
        && !text.startsWith(": ", at)) {
      at++;
    }
    return text.substring(start, at);
  }

  /** A plain word as YAML 1.1 types it; words it would type otherwise than as here are refused. */
  private Object word(String w) {
    if (w.equals("true") || w.equals("false")) {
      return Boolean.valueOf(w);
    }
    if (w.equals("null")) {
      return null;
    }
    if (isInteger(w)) {
      return Integer.valueOf(w);
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
      if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '.' || c == '-'))) {
        throw bad("not a plain word this reader types as YAML does: '" + w + "'");
      }
    }
    if (YAML_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
      throw bad("a word YAML 1.1 reads as a boolean or null: '" + w + "'");
    }
    return w;
  }

  /** {@code -?(0|[1-9][0-9]*)} within int range. */
  private static boolean isInteger(String w) {
    int i = w.startsWith("-") ? 1 : 0;
    if (i == w.length() || w.length() - i > 9 || w.charAt(i) == '0' && w.length() - i > 1) {
      return false;
    }
    for (; i < w.length(); i++) {
      if (w.charAt(i) < '0' || w.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A JSON string. */
  private String string() {
    StringBuilder s = new StringBuilder();
    at++;
    while (true) {
      char c = peek();
      at++;
      if (c == '"') {
        return s.toString();
      }
      if (c == '\n') {
        throw bad("a string does not end on its line");
      }
      if (c != '\\') {
        s.append(c);
        continue;
      }
      char e = peek();
      at++;
      switch (e) {
        case '"', '\\', '/' -> s.append(e);
        case 'b' -> s.append('\b');
        case 'f' -> s.append('\f');
        case 'n' -> s.append('\n');
        case 'r' -> s.append('\r');
        case 't' -> s.append('\t');
        case 'u' -> {
          int code = 0;
          for (int k = 0; k < 4; k++) {
            char h = at + k < text.length() ? text.charAt(at + k) : 'x';
            int digit = h < 128 ? Character.digit(h, 16) : -1;
            if (digit < 0) {
              throw bad("a \\u escape needs four hex digits");
            }
            code = code * 16 + digit;
          }
          s.append((char) code);
          at += 4;
        }
        default -> throw bad("unknown escape \\" + e);
      }
    }
  }

  private void put(Map<String, Object> m, String key, Object value) {
    if (m.containsKey(key)) {
      throw bad("duplicate key '" + key + "'");
    }
    m.put(key, value);
  }

  private IllegalStateException bad(String why) {
    return new IllegalStateException("rule table " + name + ", line " + line + ": " + why);
  }
}
