package io.tankos.bootc.kubevirt.internal;

import io.tankos.cloudinit.internal.EmitterAnalysis;
import io.tankos.core.text.TextBuffers;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes a plain tree as YAML with the same characters as {@link KubeYaml}'s Jackson mappers
 * (SnakeYAML's block emitter, indicator-indented sequences, always-quoted strings, literal blocks
 * for multi-line strings) into one {@link StringBuilder}, without an event per node.
 *
 * <p>The writer keeps the few pieces of state the emitter keeps (whether the last character written
 * was white space, whether the line so far is indentation) and takes the column from the builder.
 * It writes only what it was checked against Jackson for: maps with string keys that fit a simple
 * key, lists, strings without unpaired surrogates (or other character sequences, such as a document
 * being built that goes into another as a string, written as their strings would be), {@link
 * Integer}, {@link Long}, {@link Boolean} and {@code null}. For anything else {@link #write}
 * returns {@code null} and the caller takes the Jackson path. Not thread-safe; one instance per
 * tree.
 */
final class KubeYamlWriter implements BiConsumer<Object, Object> {
  /** Past this depth Jackson's own limits decide. */
  private static final int MAX_DEPTH = 200;

  /** The emitter's preferred line width for double-quoted scalars. */
  private static final int WIDTH = 80;

  /** The emitter's indentation step, also the width of a sequence item's indicator indent. */
  private static final int INDENT = 2;

  /** The emitter's longest simple (implicit) key, exclusive. */
  private static final int MAX_SIMPLE_KEY = 128;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;

  /** Multi-line strings as double-quoted scalars rather than literal blocks. */
  private final boolean quoted;

  private int lineStart;
  private boolean whitespace = true;
  private boolean indention = true;

  /** The indent of the keys of the map being written. */
  private int mapIndent;

  /** The depth of the map being written. */
  private int mapDepth;

  /** Set once something cannot be written here: the rest of the tree is skipped. */
  private boolean failed;

  /** Set when a string holds NEL, LS or PS while literal blocks are on: start over quoted. */
  private boolean needsQuoted;

  private KubeYamlWriter(StringBuilder out, boolean quoted) {
    this.out = out;
    this.quoted = quoted;
  }

  /**
   * The tree as YAML ending in a newline, or {@code null} when it holds something this writer does
   * not reproduce (the caller then asks Jackson).
   *
   * @param tree the tree
   * @param capacity the builder's first capacity
   * @return the YAML, or {@code null}
   */
  static String write(Map<String, Object> tree, int capacity) {
    StringBuilder text = text(tree, capacity);
    return text != null ? text.toString() : null;
  }

  /**
   * {@link #write}'s text in the buffer it was written to, or {@code null}.
   *
   * @param tree the tree
   * @param capacity the buffer's first capacity
   * @return the YAML, or {@code null}
   */
  static StringBuilder text(Map<String, Object> tree, int capacity) {
    return text(tree, new StringBuilder(capacity));
  }

  /**
   * {@link #write}'s text written into a buffer, emptied first (so one buffer can serve document
   * after document), or {@code null}.
   *
   * @param tree the tree
   * @param out the buffer
   * @return {@code out} holding the YAML, or {@code null}
   */
  static StringBuilder text(Map<String, Object> tree, StringBuilder out) {
    out.setLength(0);
    KubeYamlWriter w = new KubeYamlWriter(out, false);
    if (!w.document(tree)) {
      // what a failed attempt wrote (a Secret's data, perhaps) is overwritten, not only cut off:
      // a retry may write less, and a null leaves the buffer to the caller's next document
      TextBuffers.wipe(out);
      if (!w.needsQuoted) {
        return null;
      }
      w = new KubeYamlWriter(out, true);
      if (!w.document(tree)) {
        TextBuffers.wipe(out);
        return null;
      }
    }
    return out;
  }

  private boolean document(Map<String, Object> tree) {
    if (tree == null || !node(tree, -1, false, 0)) {
      return false;
    }
    writeIndent(0);
    return true;
  }

  private int column() {
    return out.length() - lineStart;
  }

  /** A node at the emitter's current indent ({@code -1}: none yet, the document root). */
  private boolean node(Object value, int indent, boolean mappingContext, int depth) {
    if (value instanceof CharSequence s) { // a string, or text being built (see the class)
      return string(s, indent + INDENT);
    }
    if (value instanceof Map<?, ?> m) {
      return depth < MAX_DEPTH && map(m, indent, depth);
    }
    if (value instanceof List<?> l) {
      return depth < MAX_DEPTH && list(l, indent, mappingContext, depth);
    }
    if (value == null) {
      plain("null");
    } else if (value instanceof Integer i) {
      plain(i.intValue());
    } else if (value instanceof Long l) {
      plain(l.longValue());
    } else if (value instanceof Boolean b) {
      plain(b ? "true" : "false");
    } else {
      return false;
    }
    return true;
  }

  private boolean map(Map<?, ?> m, int indent, int depth) {
    if (m.isEmpty()) {
      writeIndicator("{", true, true, false);
      writeIndicator("}", false, false, false);
      return true;
    }
    int outerIndent = mapIndent;
    int outerDepth = mapDepth;
    mapIndent = indent < 0 ? 0 : indent + INDENT;
    mapDepth = depth;
    // Map.forEach walks the entries without an iterator (or unmodifiable-entry wrappers), and the
    // writer is its own callback: nothing is allocated per map.
    m.forEach(this);
    mapIndent = outerIndent;
    mapDepth = outerDepth;
    return !failed;
  }

  /** One entry of the map being written ({@link #mapIndent}, {@link #mapDepth}). */
  @Override
  public void accept(Object k, Object v) {
    if (failed) {
      return;
    }
    writeIndent(mapIndent);
    if (!(k instanceof String key) || !key(key)) {
      failed = true;
      return;
    }
    writeIndicator(":", false, false, false);
    if (!node(v, mapIndent, true, mapDepth + 1)) {
      failed = true;
    }
  }

  private boolean list(List<?> l, int indent, boolean mappingContext, int depth) {
    int size = l.size();
    if (size == 0) {
      writeIndicator("[", true, true, false);
      writeIndicator("]", false, false, false);
      return true;
    }
    boolean indentless = mappingContext && !indention;
    int inner = indent < 0 ? 0 : indentless ? indent : indent + INDENT;
    for (int i = 0; i < size; i++) {
      writeIndent(inner);
      if (i == 0) {
        writeWhitespace(INDENT);
      }
      writeIndicator("-", true, false, true);
      if (i == 0) {
        inner += INDENT;
      }
      if (!node(l.get(i), inner, false, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  // Keys.

  private boolean key(String key) {
    int n = key.length();
    if (n == 0 || n >= MAX_SIMPLE_KEY) {
      return false; // empty or long keys become explicit '? ' keys
    }
    int flags = EmitterAnalysis.analyze(key);
    if ((flags & (EmitterAnalysis.MULTILINE | EmitterAnalysis.LONE_SURROGATE)) != 0) {
      return false; // multi-line keys are explicit keys too
    }
    if (JacksonNames.quoted(key)) {
      doubleQuoted(key, false, 0);
    } else if ((flags & EmitterAnalysis.BLOCK_PLAIN) != 0) {
      plain(key);
    } else if ((flags & EmitterAnalysis.SINGLE) != 0) { // a one-line key: no special character
      singleQuoted(key);
    } else {
      doubleQuoted(key, false, 0);
    }
    return true;
  }

  // Values.

  private boolean string(CharSequence s, int indent) {
    if (s.isEmpty()) {
      writeIndicator("\"", true, false, false);
      writeIndicator("\"", false, false, false);
      return true;
    }
    int flags = EmitterAnalysis.analyze(s);
    if ((flags & EmitterAnalysis.LONE_SURROGATE) != 0) {
      return false;
    }
    if (!quoted && (flags & EmitterAnalysis.UNICODE_BREAK) != 0) {
      needsQuoted = true;
      return false;
    }
    if (!quoted && (flags & EmitterAnalysis.LINE_FEED) != 0 && (flags & EmitterAnalysis.BLOCK) != 0) {
      literal(s, indent);
    } else {
      doubleQuoted(s, true, indent);
    }
    return true;
  }

  private void plain(int value) {
    plainStart();
    out.append(value);
  }

  private void plain(long value) {
    plainStart();
    out.append(value);
  }

  private void plain(String text) {
    plainStart();
    out.append(text);
  }

  private void plainStart() {
    if (!whitespace) {
      out.append(' ');
    }
    whitespace = false;
    indention = false;
  }

  private void singleQuoted(String text) {
    writeIndicator("'", true, false, false);
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        out.append('\'');
      }
      out.append(c);
    }
    writeIndicator("'", false, false, false);
  }

  /**
   * A double-quoted scalar, escaped and (when split) broken before the width with a trailing
   * backslash, the way the emitter does it: the break goes at a space or right after an escape,
   * never at the first or last character.
   */
  private void doubleQuoted(CharSequence text, boolean split, int indent) {
    writeIndicator("\"", true, false, false);
    int n = text.length();
    int start = 0;
    int end = 0;
    while (end <= n) {
      char ch = end < n ? text.charAt(end) : 0;
      boolean atEnd = end == n;
      if (atEnd || ch < 0x20 || ch > 0x7E || ch == '"' || ch == '\\') {
        if (start < end) {
          out.append(text, start, end);
          start = end;
        }
        if (!atEnd) {
          end = escape(text, end, ch);
          start = end + 1;
        }
      }
      if (split
          && 0 < end
          && end < n - 1
          && (ch == ' ' || start >= end)
          && column() + (end - start) > WIDTH) {
        if (start < end) {
          out.append(text, start, end);
          start = end;
        }
        out.append('\\');
        writeIndent(indent);
        whitespace = false;
        indention = false;
        if (text.charAt(start) == ' ') {
          out.append('\\');
        }
      }
      end++;
    }
    writeIndicator("\"", false, false, false);
  }

  /** Writes the character at {@code i} escaped or raw; returns the index of its last char. */
  private int escape(CharSequence text, int i, char ch) {
    switch (ch) {
      case 0 -> out.append("\\0");
      case 7 -> out.append("\\a");
      case 8 -> out.append("\\b");
      case 9 -> out.append("\\t");
      case 10 -> out.append("\\n");
      case 11 -> out.append("\\v");
      case 12 -> out.append("\\f");
      case 13 -> out.append("\\r");
      case 27 -> out.append("\\e");
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case 0x85 -> out.append("\\N");
      case 0xA0 -> out.append("\\_");
      case 0x2028 -> out.append("\\L");
      case 0x2029 -> out.append("\\P");
      default -> {
        if (Character.isHighSurrogate(ch)) {
          // analyze() refused unpaired surrogates: this is a pair, printable and written raw.
          out.append(ch).append(text.charAt(i + 1));
          return i + 1;
        }
        if (ch < 0x20 || (ch >= 0x7F && ch <= 0x9F)) {
          out.append("\\x").append(HEX[ch >> 4]).append(HEX[ch & 0xF]);
        } else if (ch == 0xFFFE || ch == 0xFFFF) {
          out.append("\\u")
              .append(HEX[ch >> 12])
              .append(HEX[(ch >> 8) & 0xF])
              .append(HEX[(ch >> 4) & 0xF])
              .append(HEX[ch & 0xF]);
        } else {
          out.append(ch);
        }
      }
    }
    return i;
  }

  /**
   * A literal block: {@code |} with an indentation indicator when the text starts with a space or
   * a line break and a chomping indicator from its end, then the lines at the scalar's indent.
   */
  private void literal(CharSequence text, int indent) {
    int n = text.length();
    writeIndicator("|", true, false, false);
    char first = text.charAt(0);
    if (first == ' ' || first == '\n') {
      out.append((char) ('0' + INDENT));
    }
    if (text.charAt(n - 1) != '\n') {
      out.append('-');
    } else if (n == 1 || text.charAt(n - 2) == '\n') {
      out.append('+');
    }
    writeLineBreak();
    int i = 0;
    while (i < n) {
      int nl = lineFeed(text, i);
      if (nl == i) {
        writeLineBreak();
        i++;
        continue;
      }
      writeIndent(indent);
      int lineEnd = nl < 0 ? n : nl;
      out.append(text, i, lineEnd);
      if (nl < 0) {
        writeLineBreak();
        return;
      }
      writeLineBreak();
      i = nl + 1;
    }
  }

  /** The index of the first line feed at or after {@code from}, or -1. */
  private static int lineFeed(CharSequence text, int from) {
    for (int i = from, n = text.length(); i < n; i++) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return -1;
  }

  // The emitter's primitives.

  private void writeIndicator(String indicator, boolean needWhitespace, boolean ws, boolean indentation) {
    if (!whitespace && needWhitespace) {
      out.append(' ');
    }
    whitespace = ws;
    indention = indention && indentation;
    out.append(indicator);
  }

  private void writeIndent(int indent) {
    int column = column();
    if (!indention || column > indent || (column == indent && !whitespace)) {
      writeLineBreak();
      column = 0;
    }
    writeWhitespace(indent - column);
  }

  private void writeWhitespace(int length) {
    if (length <= 0) {
      return;
    }
    whitespace = true;
    for (int i = 0; i < length; i++) {
      out.append(' ');
    }
  }

  private void writeLineBreak() {
    whitespace = true;
    indention = true;
    out.append('\n');
    lineStart = out.length();
  }
}
