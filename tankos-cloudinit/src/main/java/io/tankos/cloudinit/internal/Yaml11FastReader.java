package io.tankos.cloudinit.internal;

import io.tankos.cloudinit.CloudInitLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the common shape of a cloud-config without SnakeYAML: block mappings with plain keys, block
 * sequences (indented, indentless, and with a compact mapping per entry), one-line flow
 * collections, plain and one-line quoted scalars, literal and folded block scalars, comments and
 * blank lines. Plain scalars are resolved and made as {@link Yaml11#load} makes them ({@link
 * PyYamlResolver#resolvePlain}, {@link PyNumbers}, {@link Yaml11#timestamp}).
 *
 * <p>Anything else gives {@link #UNREAD}, and the caller reads the text with SnakeYAML instead:
 * tabs, carriage returns and Unicode line breaks, a byte order mark, document markers and
 * directives, anchors, aliases and tags, quoted or complex keys, keys that do not resolve to strings,
 * duplicate keys, multi-line plain and quoted scalars, block scalar indentation indicators, every
 * syntax error, and documents near a limit of {@link CloudInitLimits}. A document read here is
 * therefore one SnakeYAML reads to the same value; {@code Yaml11FastReaderTest} compares the two
 * on generated documents and the cloud-init corpus. The point is allocation: SnakeYAML's scanner,
 * events and nodes cost about a hundred times a small document's size.
 */
final class Yaml11FastReader {
  /** The result when the text is not of the shape read here. */
  static final Object UNREAD = new Object();

  /** Leaves the read; carries nothing, so one serves every read. */
  private static final RuntimeException LEAVE = new RuntimeException(null, null, false, false) {
    private static final long serialVersionUID = 1L;
  };

  /** PyYAML's longest simple key is 1,024 characters; well below it, nothing is in doubt. */
  private static final int MAX_KEY = 1000;

  private final String text;
  private final int length;
  /** Whether the value is made ({@link #read}); otherwise only the nodes are walked. */
  private final boolean values;
  /** The line of each path, when they are all asked for ({@link #lines}); else null. */
  private final Map<String, Integer> lines;
  /** The one path whose line is asked for ({@link #line}); else null. */
  private final String target;
  /** The line of {@link #target}'s first node, once found; 0 until then. */
  private int targetLine;
  /** Where each line starts, when lines are asked for. */
  private int[] lineStarts;
  /** Start of the line the next block element is looked for from. */
  private int pos;
  private int nodes;

  private Yaml11FastReader(String text, boolean values, Map<String, Integer> lines,
      String target) {
    this.text = text;
    this.length = text.length();
    this.values = values;
    this.lines = lines;
    this.target = target;
  }

  /**
   * Reads a document whose characters {@link YamlText#check} accepted.
   *
   * @param text the YAML text
   * @return the value (null for a document of comments and blank lines), or {@link #UNREAD}
   */
  static Object read(String text) {
    if (!plainCharacters(text)) {
      return UNREAD;
    }
    try {
      return new Yaml11FastReader(text, true, null, null).document();
    } catch (RuntimeException e) {
      // LEAVE, or a scalar PyYAML cannot make (Unloadable, a bad timestamp): SnakeYAML's read
      // reports it at its line
      return UNREAD;
    }
  }

  /**
   * The line (1-based) where each dotted path of a document starts, as {@link YamlLines} maps them
   * from SnakeYAML's nodes: a key's path at the key, an entry's at its node (a null entry at its
   * dash), the first of equal paths kept. Only the nodes count, as for SnakeYAML's composer: no
   * value is made, and keys are taken as written (a duplicate, or {@code on} that PyYAML reads as
   * true, is mapped too).
   *
   * @param text a document {@link #read} reads
   * @return the lines, or null when {@link #read} leaves the document
   */
  static Map<String, Integer> lines(String text) {
    if (!plainCharacters(text)) {
      return null;
    }
    Yaml11FastReader reader = new Yaml11FastReader(text, false, new java.util.HashMap<>(), null);
    try {
      reader.document();
      return reader.lines;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The line of one dotted path, as {@link #lines} would map it, found by walking the document's
   * nodes without making the paths: for a message or two, cheaper than the whole map.
   *
   * @param text a document {@link #read} reads
   * @param dotted the path, e.g. {@code users.0.name}; empty for the document's root
   * @return the line, 0 when no node has the path, or -1 when {@link #lines} leaves the document
   */
  static int line(String text, String dotted) {
    if (!plainCharacters(text)) {
      return -1;
    }
    Yaml11FastReader reader = new Yaml11FastReader(text, false, null, dotted);
    try {
      reader.document(); // the whole walk, as for the map: a later part may leave the document
      return reader.targetLine;
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** No tab, carriage return, Unicode line break or byte order mark. */
  private static boolean plainCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\n' : c >= 0x85 && (c == 0x85 || c == 0x2028 || c == 0x2029
          || c == 0xFEFF)) {
        return false;
      }
    }
    return true;
  }

  private Object document() {
    int first = nextContent(0);
    if (first == length) {
      return null;
    }
    int col = indent(first);
    Object value = blockCollection(first, col, 1, values ? null : "");
    if (nextContent(pos) != length) {
      throw LEAVE; // something after the root collection, at a smaller indentation
    }
    return value;
  }

  /** A block sequence or mapping whose first line starts at {@code line}, at column {@code col}. */
  private Object blockCollection(int line, int col, int depth, String path) {
    int at = line + col;
    record(path, at);
    return entry(at) ? sequence(at, col, depth, false, path) : mapping(at, col, depth, path);
  }

  /** A block mapping whose first key starts at {@code at}, in column {@code col}. */
  private Map<Object, Object> mapping(int at, int col, int depth, String path) {
    count(depth);
    Map<Object, Object> map = values ? new LinkedHashMap<>() : null;
    int p = at;
    while (true) {
      int colon = keyEnd(p);
      int end = trimmedEnd(p, colon);
      String key = map != null ? plainText(p, end) : null;
      if (end - p > MAX_KEY || map != null && !newStringKey(map, key)) {
        throw LEAVE;
      }
      count(depth);
      count(depth);
      String child = child(path, p, end);
      record(child, p);
      Object value = value(colon + 1, col, depth, true, child);
      if (map != null) {
        map.put(key, value);
      }
      int next = nextContent(pos);
      if (next == length || indent(next) < col) {
        pos = next;
        return map;
      }
      if (indent(next) > col) {
        throw LEAVE;
      }
      p = next + col;
    }
  }

  /** A block sequence whose first entry's dash is at {@code at}, in column {@code col}. */
  private List<Object> sequence(int at, int col, int depth, boolean indentless, String path) {
    count(depth);
    List<Object> list = values ? new ArrayList<>() : null;
    int p = at;
    for (int n = 0; ; n++) {
      count(depth);
      Object value = value(p + 1, col, depth, false, child(path, n));
      if (list != null) {
        list.add(value);
      }
      int next = nextContent(pos);
      if (next == length || indent(next) < col) {
        pos = next;
        return list;
      }
      if (indent(next) > col) {
        throw LEAVE;
      }
      if (!entry(next + col)) {
        if (indentless) {
          pos = next;
          return list;
        }
        throw LEAVE;
      }
      p = next + col;
    }
  }

  /**
   * The value after a key's colon or an entry's dash at {@code p - 1}, in the collection at column
   * {@code col}; {@link #pos} is left at a line after it.
   */
  private Object value(int p, int col, int depth, boolean ofKey, String path) {
    int i = skipSpaces(p);
    char c = i < length ? text.charAt(i) : '\n';
    if (c == '\n' || c == '#') {
      return valueBelow(p - 1, lineEnd(i), col, depth, ofKey, path);
    }
    record(path, i);
    Object value;
    switch (c) {
      case '|', '>' -> {
        return blockScalar(i, col, c == '>');
      }
      case '[', '{' -> {
        value = flow(i, depth + 1, path);
        endOfLine(pos);
      }
      case '"', '\'' -> {
        value = quoted(i);
        endOfLine(pos);
      }
      default -> {
        int end = plainEnd(i);
        if (end < length && text.charAt(end) == ':') {
          if (ofKey) {
            throw LEAVE; // a mapping value inside a mapping value
          }
          return mapping(i, column(i), depth + 1, path); // a compact mapping in a sequence entry
        }
        value = values ? plain(i, trimmedEnd(i, end)) : null;
        pos = lineEnd(end);
      }
    }
    pos = pos < length ? pos + 1 : pos;
    int next = nextContent(pos);
    if (next < length && indent(next) > col) {
      throw LEAVE; // a multi-line plain scalar, or text PyYAML refuses
    }
    return value;
  }

  /**
   * The value of a key or entry (its colon or dash at {@code indicator}) that ends its line: a
   * collection on the lines below, or null.
   */
  private Object valueBelow(int indicator, int eol, int col, int depth, boolean ofKey,
      String path) {
    int next = nextContent(eol < length ? eol + 1 : eol);
    if (next < length) {
      int indent = indent(next);
      if (indent > col) {
        return blockCollection(next, indent, depth + 1, path);
      }
      if (ofKey && indent == col && entry(next + col)) {
        record(path, next + col);
        return sequence(next + col, col, depth + 1, true, path);
      }
    }
    count(depth);
    record(path, indicator);
    pos = next;
    return null;
  }

  /** Whether a block sequence entry starts at {@code at}: a dash before a space or line end. */
  private boolean entry(int at) {
    return text.charAt(at) == '-' && (at + 1 == length || text.charAt(at + 1) == ' '
        || text.charAt(at + 1) == '\n');
  }

  /** The colon ending the plain key at {@code p}. */
  private int keyEnd(int p) {
    int end = plainEnd(p);
    if (end == length || text.charAt(end) != ':') {
      throw LEAVE;
    }
    return end;
  }

  /**
   * The end of a one-line plain scalar in block context starting at {@code p}: a colon before a
   * space or line end, a comment, or the line end.
   */
  private int plainEnd(int p) {
    char first = text.charAt(p);
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 && !(first == '-' && p + 1 < length
        && text.charAt(p + 1) != ' ' && text.charAt(p + 1) != '\n')) {
      throw LEAVE;
    }
    for (int i = p; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == ':' && (i + 1 == length || text.charAt(i + 1) == ' '
          || text.charAt(i + 1) == '\n')) {
        return i;
      }
      if (c == '#' && text.charAt(i - 1) == ' ') {
        return i;
      }
    }
    return length;
  }

  /** A block scalar whose indicator is at {@code p}; {@link #pos} is left at the next line. */
  private String blockScalar(int p, int col, boolean folded) {
    int i = p + 1;
    char chomping = i < length ? text.charAt(i) : '\n';
    if (chomping == '-' || chomping == '+') {
      i++;
    }
    int eol = lineEnd(i);
    int j = skipSpaces(i);
    if (j < eol && !(text.charAt(j) == '#' && j > i)) {
      throw LEAVE; // an indentation indicator, or text after the header
    }
    if (eol == length) {
      throw LEAVE;
    }
    // the indentation: that of the first line with text; a blank line before it must not be wider
    int q = eol + 1;
    int breaks = 0;
    int column = 0;
    int widest = 0;
    while (q < length && (text.charAt(q) == ' ' || text.charAt(q) == '\n')) {
      if (text.charAt(q) == '\n') {
        breaks++;
        column = 0;
      } else {
        widest = Math.max(widest, ++column);
      }
      q++;
    }
    int indent = column;
    if (q == length || widest > indent || indent < Math.max(col + 1, 1)) {
      throw LEAVE;
    }
    StringBuilder out = new StringBuilder();
    String lineBreak = "";
    while (true) {
      newlines(out, breaks);
      boolean leadingNonSpace = text.charAt(q) != ' ';
      int end = lineEnd(q);
      out.append(text, q, end);
      q = end;
      lineBreak = q < length ? "\n" : "";
      if (q < length) {
        q++;
      }
      breaks = 0;
      column = 0;
      while (column < indent && q < length && text.charAt(q) == ' ') {
        q++;
        column++;
      }
      while (q < length && text.charAt(q) == '\n') {
        breaks++;
        q++;
        column = 0;
        while (column < indent && q < length && text.charAt(q) == ' ') {
          q++;
          column++;
        }
      }
      if (column == indent && q < length) {
        if (folded && !lineBreak.isEmpty() && leadingNonSpace && text.charAt(q) != ' ') {
          if (breaks == 0) {
            out.append(' ');
          }
        } else {
          out.append(lineBreak);
        }
      } else {
        break;
      }
    }
    if (chomping != '-') {
      out.append(lineBreak);
    }
    if (chomping == '+') {
      newlines(out, breaks);
    }
    pos = q - column; // the start of the line that ended the scalar
    int next = nextContent(pos);
    if (next < length && indent(next) > col) {
      throw LEAVE;
    }
    return out.toString();
  }

  /** A one-line flow sequence or mapping at {@code p}; {@link #pos} is left just after it. */
  private Object flow(int p, int depth, String path) {
    if (depth >= CloudInitLimits.MAX_YAML_DEPTH - 1) {
      throw LEAVE;
    }
    count(depth);
    boolean mapping = text.charAt(p) == '{';
    char close = mapping ? '}' : ']';
    int i = flowSpaces(p + 1);
    // sized for the entries the line can hold (the default size past ten): most are small
    int entries = text.charAt(i) == close ? 0 : entriesAtMost(i);
    List<Object> list = !mapping && values ? new ArrayList<>(entries) : null;
    Map<Object, Object> map = mapping && values ? new LinkedHashMap<>((entries * 4 + 2) / 3) : null;
    for (int n = 0; text.charAt(i) != close; n++) {
      if (mapping) {
        int end = flowPlainEnd(i, true);
        int keyEnd = trimmedEnd(i, end);
        String key = map != null ? plainText(i, keyEnd) : null;
        if (map != null && !newStringKey(map, key)) {
          throw LEAVE;
        }
        count(depth);
        String child = child(path, i, keyEnd);
        record(child, i);
        Object value = flowNode(flowSpaces(end + 1), depth, child);
        if (map != null) {
          map.put(key, value);
        }
      } else {
        String child = child(path, n);
        record(child, i);
        Object value = flowNode(i, depth, child);
        if (list != null) {
          list.add(value);
        }
      }
      i = flowSpaces(pos);
      if (text.charAt(i) == ',') {
        i = flowSpaces(i + 1);
      } else if (text.charAt(i) != close) {
        throw LEAVE;
      }
    }
    pos = i + 1;
    return mapping ? map : list;
  }

  /**
   * At most how many entries a flow collection whose first entry is at {@code p} holds, or 10 when
   * it may hold more: one more than the commas left on the line.
   */
  private int entriesAtMost(int p) {
    int n = 1;
    for (int i = p; i < length && text.charAt(i) != '\n' && n < 10; i++) {
      n += text.charAt(i) == ',' ? 1 : 0;
    }
    return n;
  }

  /** A node inside a flow collection, at {@code p}; {@link #pos} is left just after it. */
  private Object flowNode(int p, int depth, String path) {
    char c = text.charAt(p);
    if (c == '[' || c == '{') {
      return flow(p, depth + 1, path);
    }
    count(depth);
    if (c == '"' || c == '\'') {
      Object value = quoted(p);
      if (text.charAt(flowSpaces(pos)) == ':') {
        throw LEAVE;
      }
      return value;
    }
    int end = flowPlainEnd(p, false);
    pos = end;
    return values ? plain(p, trimmedEnd(p, end)) : null;
  }

  /**
   * The end of a plain scalar in a flow collection: a comma or closing bracket, or (for a key) a
   * colon before a space. A colon that would end it elsewhere, a comment, a question mark or an
   * opening bracket leaves.
   */
  private int flowPlainEnd(int p, boolean key) {
    char first = text.charAt(p);
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 && !(first == '-' && p + 1 < length
        && " \n,[]{}".indexOf(text.charAt(p + 1)) < 0)) {
      throw LEAVE;
    }
    for (int i = p; i < length; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ']' || c == '}') {
        if (key) {
          throw LEAVE;
        }
        return i;
      }
      if (c == ':') {
        // as in PyYAML 6 and SnakeYAML 2: a colon ends the scalar only before a space, a line end,
        // a comma or a bracket
        char next = i + 1 < length ? text.charAt(i + 1) : '\n';
        if (key && next == ' ') {
          return i;
        }
        if (" \n,[]{}".indexOf(next) >= 0) {
          throw LEAVE;
        }
      }
      if (c == '\n' || c == '#' || c == '?' || c == '[' || c == '{') {
        throw LEAVE;
      }
    }
    throw LEAVE;
  }

  /**
   * A one-line quoted scalar at {@code p} (null when values are not made); {@link #pos} is left
   * just after its closing quote.
   */
  private String quoted(int p) {
    boolean single = text.charAt(p) == '\'';
    StringBuilder out = null; // the value so far, once an escape is met and values are made
    int from = p + 1;
    for (int i = p + 1; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      }
      if (single && c == '\'') {
        if (i + 1 < length && text.charAt(i + 1) == '\'') {
          if (values) {
            out = (out == null ? new StringBuilder() : out).append(text, from, i + 1);
          }
          from = i + 2;
          i++;
          continue;
        }
        pos = i + 1;
        return quotedValue(out, from, i);
      }
      if (!single && c == '"') {
        pos = i + 1;
        return quotedValue(out, from, i);
      }
      if (!single && c == '\\') {
        if (values) {
          out = (out == null ? new StringBuilder() : out).append(text, from, i);
        }
        i = escape(i + 1, out);
        from = i + 1;
      }
    }
    throw LEAVE; // a multi-line quoted scalar, or no closing quote
  }

  /** A quoted scalar's value: what {@code out} holds, then {@code text[from, to)}; or null. */
  private String quotedValue(StringBuilder out, int from, int to) {
    if (!values) {
      return null;
    }
    return out == null ? text.substring(from, to) : out.append(text, from, to).toString();
  }

  /**
   * Appends the escape whose letter is at {@code i} to {@code out} (unless null); returns the index
   * of its last character.
   */
  private int escape(int i, StringBuilder out) {
    char c = i < length ? text.charAt(i) : '\n';
    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 0;
    char escaped = switch (c) {
      case '\\', '"' -> c;
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      case '0' -> '\0';
      case 'x', 'u' -> hex(i + 1, digits);
      default -> throw LEAVE;
    };
    if (out != null) {
      out.append(escaped);
    }
    return i + digits;
  }

  /** The character of the hexadecimal digits {@code text[from, from + digits)}. */
  private char hex(int from, int digits) {
    int v = 0;
    for (int k = from; k < from + digits; k++) {
      int d = k < length ? Character.digit(text.charAt(k), 16) : -1;
      if (d < 0 || text.charAt(k) > 'f') {
        throw LEAVE;
      }
      v = v * 16 + d;
    }
    if (Character.isSurrogate((char) v)) {
      throw LEAVE;
    }
    return (char) v;
  }

  /**
   * Whether a key is a string (PyYAML resolves its plain text to one) not yet in the map: other
   * keys, and duplicates (SnakeYAML keeps the last), are left to SnakeYAML.
   */
  private static boolean newStringKey(Map<Object, Object> map, String key) {
    return PyYamlResolver.resolvePlain(key) == Tag.STR && !map.containsKey(key);
  }

  /**
   * The value of the plain scalar {@code text[from, to)}, as PyYAML resolves and makes it; its text
   * is copied only for a string or a number.
   */
  private Object plain(int from, int to) {
    Tag tag = PyYamlResolver.resolvePlain(text, from, to);
    if (tag == Tag.STR) {
      return plainText(from, to);
    }
    if (tag == Tag.NULL) {
      return null;
    }
    if (tag == Tag.BOOL) {
      char c = text.charAt(from);
      // PyYAML's bool pattern: yes, true and on in three spellings each, or no, false and off
      return c == 'y' || c == 'Y' || c == 't' || c == 'T'
          || (c == 'o' || c == 'O') && to - from == 2;
    }
    String s = text.substring(from, to);
    if (tag == Tag.INT) {
      return PyNumbers.integer(s);
    }
    if (tag == Tag.FLOAT) {
      return PyNumbers.real(s);
    }
    if (tag == Tag.TIMESTAMP) {
      return Yaml11.timestamp(s);
    }
    throw LEAVE; // a merge key or PyYAML's value tag
  }

  /** After a flow collection or quoted scalar: spaces and a comment to the line end, then. */
  private void endOfLine(int p) {
    int i = skipSpaces(p);
    if (i < length && text.charAt(i) != '\n' && !(text.charAt(i) == '#' && i > p)) {
      throw LEAVE;
    }
    pos = lineEnd(i);
  }

  /**
   * The start of the first line at or after the line start {@code p} that holds more than spaces
   * and a comment, or the text's length.
   */
  private int nextContent(int p) {
    while (p < length) {
      int i = skipSpaces(p);
      if (i == length) {
        return length;
      }
      char c = text.charAt(i);
      if (c != '\n' && c != '#') {
        if (i == p && (text.startsWith("---", p) || text.startsWith("...", p))) {
          throw LEAVE; // perhaps a document marker
        }
        return p;
      }
      int eol = lineEnd(i);
      p = eol < length ? eol + 1 : eol;
    }
    return length;
  }

  /** Records the line of a path's node at {@code at}, unless lines are not asked for. */
  private void record(String path, int at) {
    if (lines != null) {
      lines.putIfAbsent(path, line(at));
    } else if (path != null && targetLine == 0 && path.length() == target.length()) {
      targetLine = line(at);
    }
  }

  /**
   * The path of the node of the key {@code text[from, to)}: made when all lines are mapped; when
   * one path is looked for, the target's prefix through the key when the path so far is one (null
   * elsewhere), the key compared where it stands.
   */
  private String child(String path, int from, int to) {
    if (values || path == null) {
      return null;
    }
    if (lines != null) {
      String key = plainText(from, to);
      return path.isEmpty() ? key : path + "." + key;
    }
    int start = childStart(path);
    return start >= 0 && target.regionMatches(start, text, from, to - from)
        ? targetThrough(start + to - from) : null;
  }

  /** The path of an entry's node, as {@link #child(String, String)} for a key. */
  private String child(String path, int index) {
    if (values || path == null) {
      return null;
    }
    if (lines != null) {
      return path.isEmpty() ? Integer.toString(index) : path + "." + index;
    }
    int start = childStart(path);
    if (start < 0) {
      return null;
    }
    int digits = 1;
    for (int n = index; n >= 10; n /= 10) {
      digits++;
    }
    int end = start + digits;
    if (end > target.length()) {
      return null;
    }
    for (int i = end - 1, n = index; i >= start; i--, n /= 10) {
      if (target.charAt(i) != '0' + n % 10) {
        return null;
      }
    }
    return targetThrough(end);
  }

  /** Where a child's name starts in the target below {@code path}, a prefix of it; or -1. */
  private int childStart(String path) {
    if (path.isEmpty()) {
      return 0;
    }
    return path.length() < target.length() && target.charAt(path.length()) == '.'
        ? path.length() + 1 : -1;
  }

  /** The target's prefix ending at {@code end}, when a path ends there; else null. */
  private String targetThrough(int end) {
    if (end > target.length() || end < target.length() && target.charAt(end) != '.') {
      return null;
    }
    return end == target.length() ? target : target.substring(0, end);
  }

  /** The 1-based line of a position. */
  private int line(int at) {
    if (lines == null) {
      int line = 1; // one path: its line is counted once
      for (int i = 0; i < at; i++) {
        line += text.charAt(i) == '\n' ? 1 : 0;
      }
      return line;
    }
    if (lineStarts == null) {
      int count = 1;
      for (int i = 0; i < length; i++) {
        count += text.charAt(i) == '\n' ? 1 : 0;
      }
      lineStarts = new int[count];
      for (int i = 0, n = 1; i < length; i++) {
        if (text.charAt(i) == '\n') {
          lineStarts[n++] = i + 1;
        }
      }
    }
    int found = java.util.Arrays.binarySearch(lineStarts, at);
    return (found >= 0 ? found : -found - 2) + 1;
  }

  private void count(int depth) {
    if (depth >= CloudInitLimits.MAX_YAML_DEPTH - 1 || ++nodes >= CloudInitLimits.MAX_YAML_NODES) {
      throw LEAVE;
    }
  }

  private static void newlines(StringBuilder out, int n) {
    for (int k = 0; k < n; k++) {
      out.append('\n');
    }
  }

  private int flowSpaces(int p) {
    int i = skipSpaces(p);
    if (i == length || text.charAt(i) == '\n' || text.charAt(i) == '#') {
      throw LEAVE;
    }
    return i;
  }

  private int skipSpaces(int p) {
    while (p < length && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  private int lineEnd(int p) {
    int eol = text.indexOf('\n', p);
    return eol < 0 ? length : eol;
  }

  private int indent(int line) {
    return skipSpaces(line) - line;
  }

  private int column(int p) {
    return p - (text.lastIndexOf('\n', p - 1) + 1);
  }

  /**
   * A plain scalar's text (a key's with its end trimmed): the shared string of a known name or enum
   * string ({@link KnownKeys}), else a copy.
   */
  private String plainText(int from, int to) {
    String known = KnownKeys.find(text, from, to);
    return known != null ? known : text.substring(from, to);
  }

  /** The end of {@code text[from, to)} without its trailing spaces. */
  private int trimmedEnd(int from, int to) {
    while (to > from && text.charAt(to - 1) == ' ') {
      to--;
    }
    return to;
  }
}
