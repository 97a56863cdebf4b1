package io.tankos.cloudinit.internal;

import io.tankos.core.text.TextBuffers;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes the common values of {@link Yaml11#dump} (maps with string, integer, boolean or null
 * keys, lists, strings, integers, booleans and null) into one {@link StringBuilder}, with the same characters as the
 * SnakeYAML dumper it stands in for: block mappings, short lists of scalars in flow style, the
 * dumper's indentation of sequences and the scalar styles of {@link Yaml11Scalar}. It keeps the
 * emitter's three facts about the last character written (column, whitespace, indentation) and
 * makes the same choices from them. Anything else (other keys, sets, byte arrays, floats, dates,
 * a string it does not decide, nesting deeper than {@link #MAX_DEPTH}) makes it give up: {@link
 * #write} returns null and the caller dumps the whole value with SnakeYAML.
 */
final class Yaml11Writer implements BiConsumer<Object, Object> {
  /** Deeper values (or a value that contains itself) are left to SnakeYAML. */
  static final int MAX_DEPTH = 100;

  private static final int NO_INDENT = -1;

  /** A buffer grown beyond this many characters is let go of after its write. */
  private static final int KEPT_CAPACITY = 16 * 1024;

  /**
   * One writer per thread, its buffer reused by the next write: the text is copied out once, exact,
   * instead of into a buffer that grows by doubling (most of what rendering a document allocated).
   */
  private static final ThreadLocal<Yaml11Writer> WRITERS = ThreadLocal.withInitial(Yaml11Writer::new);

  private StringBuilder out = new StringBuilder(256);
  /** Whether a write is using this writer (a mapping whose iteration writes again gets its own). */
  private boolean busy;
  private int column;
  private boolean whitespace = true;
  private boolean indention = true;
  /** The emitter's indent, {@link #NO_INDENT} at the document's root. */
  private int indent = NO_INDENT;
  private int depth;
  private boolean failed;

  private Yaml11Writer() {}

  /**
   * The YAML text of a value, or null when the value has a part this writer leaves to SnakeYAML.
   *
   * @param value the value
   * @return the text, ending in a line feed, or null
   */
  static String write(Object value) {
    return write("", value);
  }

  /**
   * {@link #write(Object)} after a prefix, which the writer's state does not see: the YAML is
   * written as if the text started after it.
   *
   * @param prefix the text before the YAML
   * @param value the value
   * @return the prefix and the YAML text, or null
   */
  static String write(String prefix, Object value) {
    return write(prefix, value, CharSequence::toString);
  }

  /**
   * {@link #write(String, Object)} handing the text to {@code to} as written, in the writer's
   * buffer, which {@code to} must not keep (it is reused): a caller that encodes the text makes no
   * string of it.
   *
   * @param prefix the text before the YAML
   * @param value the value
   * @param to what is made of the text, e.g. its bytes
   * @param <T> what {@code to} makes
   * @return what {@code to} made of the text, or null when the value has a part this writer leaves
   *     to SnakeYAML ({@code to} is not called then)
   */
  static <T> T write(String prefix, Object value, Function<? super CharSequence, T> to) {
    Yaml11Writer w = WRITERS.get();
    if (w.busy) {
      w = new Yaml11Writer();
    }
    w.busy = true;
    try {
      w.out.append(prefix);
      w.node(value, Yaml11Scalar.IN_BLOCK, false);
      if (w.failed) {
        return null;
      }
      w.writeIndent(); // the document's end
      return to.apply(w.out);
    } finally {
      w.reset();
    }
  }

  /** Ready for the next write: empty, at the document's start, a large buffer let go of. */
  private void reset() {
    TextBuffers.wipe(out); // no text of a document stays, in a kept buffer or one let go of
    if (out.capacity() > KEPT_CAPACITY) {
      out = new StringBuilder(256);
    }
    column = 0;
    whitespace = true;
    indention = true;
    indent = NO_INDENT;
    depth = 0;
    failed = false;
    busy = false;
  }

  /**
   * Whether the dumper writes a list in flow style: short lists of one-line scalars (argv, mount
   * fields, groups) read best as {@code [a, b]}.
   *
   * @param list the list
   * @return whether it is empty or holds scalars taking at most 72 characters as the dumper counts
   */
  static boolean shortScalars(List<?> list) {
    int length = 0;
    if (list instanceof RandomAccess) {
      for (int i = 0, n = list.size(); i < n && length <= 72; i++) {
        length = shortScalar(list.get(i), length);
      }
    } else {
      for (Object o : list) {
        length = shortScalar(o, length);
        if (length > 72) {
          break;
        }
      }
    }
    return length <= 72;
  }

  /** The running length with one more item; above 72 for an item that is not a short scalar. */
  private static int shortScalar(Object o, int length) {
    if (o instanceof String s) {
      if (s.isEmpty() || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        return Integer.MAX_VALUE;
      }
      return length + Math.min(s.length() + 2, 73);
    }
    if (o == null || o instanceof Boolean || o instanceof Number) {
      return length + 6;
    }
    return Integer.MAX_VALUE;
  }

  /** An entry of a block mapping. */
  @Override
  public void accept(Object key, Object value) {
    if (failed) {
      return;
    }
    if (key instanceof String k) {
      writeIndent();
      if (!scalar(k, Yaml11Scalar.AS_KEY)) {
        return;
      }
    } else if (key == null || key instanceof Boolean || integer(key)) {
      // plain as a value; only a number of over 122 digits would be a "? key"
      if (integer(key) && key.toString().length() >= 123) {
        failed = true;
        return;
      }
      writeIndent();
      node(key, Yaml11Scalar.AS_KEY, false);
    } else {
      failed = true;
      return;
    }
    indicator(":", false, false, false);
    node(value, Yaml11Scalar.IN_BLOCK, true);
  }

  /**
   * Writes a value in block context.
   *
   * @param mappingValue whether it is a mapping's value (a sequence there is not indented)
   */
  private void node(Object value, int place, boolean mappingValue) {
    if (failed) {
      return;
    }
    if (value instanceof String s) {
      scalar(s, place);
    } else if (value instanceof Map<?, ?> map) {
      if (++depth > MAX_DEPTH) {
        failed = true;
        return;
      }
      mapping(map);
      depth--;
    } else if (value instanceof List<?> list) {
      if (++depth > MAX_DEPTH) {
        failed = true;
        return;
      }
      if (shortScalars(list)) {
        flowSequence(list);
      } else {
        blockSequence(list, mappingValue);
      }
      depth--;
    } else if (value == null) {
      plain("null");
    } else if (value instanceof Boolean b) {
      plain(b ? "true" : "false");
    } else if (integer(value)) {
      plain(value.toString());
    } else {
      failed = true;
    }
  }

  /** Whether SnakeYAML writes the value as an {@code !!int} of its decimal text. */
  private static boolean integer(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value != null && value.getClass() == BigInteger.class;
  }

  private void mapping(Map<?, ?> map) {
    if (map.isEmpty()) {
      indicator("{", true, true, false);
      indicator("}", false, false, false);
      return;
    }
    int outer = indent;
    indent = indent == NO_INDENT ? 0 : indent + 2;
    map.forEach(this);
    indent = outer;
  }

  private void flowSequence(List<?> list) {
    indicator("[", true, true, false);
    if (list instanceof RandomAccess) {
      for (int i = 0, n = list.size(); i < n && !failed; i++) {
        flowItem(list.get(i), i == 0);
      }
    } else {
      boolean first = true;
      for (Object item : list) {
        flowItem(item, first);
        first = false;
      }
    }
    indicator("]", false, false, false);
  }

  private void flowItem(Object item, boolean first) {
    if (!first) {
      indicator(",", false, false, false);
    }
    node(item, Yaml11Scalar.IN_FLOW, false); // a short list holds scalars only
  }

  private void blockSequence(List<?> list, boolean mappingValue) {
    int outer = indent;
    if (indent == NO_INDENT) {
      indent = 0;
    } else if (!(mappingValue && !indention)) {
      indent += 2;
    }
    if (list instanceof RandomAccess) {
      for (int i = 0, n = list.size(); i < n && !failed; i++) {
        blockItem(list.get(i), i == 0);
      }
    } else {
      boolean first = true;
      for (Object item : list) {
        blockItem(item, first);
        first = false;
      }
    }
    indent = outer;
  }

  private void blockItem(Object item, boolean first) {
    if (failed) {
      return;
    }
    writeIndent();
    if (first) {
      whitespace(2);
    }
    indicator("-", true, false, true);
    if (first) {
      indent += 2;
    }
    node(item, Yaml11Scalar.IN_BLOCK, false);
  }

  /** A string in its style; false (and failed) when the style is not decided here. */
  private boolean scalar(String s, int place) {
    switch (Yaml11Scalar.style(s, place)) {
      case Yaml11Scalar.PLAIN -> plain(s);
      case Yaml11Scalar.SINGLE_QUOTED -> singleQuoted(s);
      case Yaml11Scalar.DOUBLE_QUOTED -> doubleQuoted(s);
      case Yaml11Scalar.LITERAL -> literal(s);
      default -> {
        failed = true;
        return false;
      }
    }
    return true;
  }

  private void plain(String s) {
    if (!whitespace) {
      out.append(' ');
      column++;
    }
    whitespace = false;
    indention = false;
    out.append(s);
    column += s.length();
  }

  private void singleQuoted(String s) {
    indicator("'", true, false, false);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        out.append('\'');
        column++;
      }
      out.append(c);
    }
    column += s.length();
    indicator("'", false, false, false);
  }

  private void doubleQuoted(String s) {
    indicator("\"", true, false, false);
    int start = out.length();
    Yaml11Escapes.append(out, s);
    column += out.length() - start;
    indicator("\"", false, false, false);
  }

  /** A literal block scalar of a string with line feeds (and no other line breaks). */
  private void literal(String s) {
    int n = s.length();
    String hints;
    char last = s.charAt(n - 1);
    boolean indentHint = s.charAt(0) == '\n' || s.charAt(0) == ' ';
    if (last != '\n') {
      hints = indentHint ? "|2-" : "|-";
    } else if (n == 1 || s.charAt(n - 2) == '\n') {
      hints = indentHint ? "|2+" : "|+";
    } else {
      hints = indentHint ? "|2" : "|";
    }
    indicator(hints, true, false, false);
    lineBreak();
    int outer = indent;
    indent = indent == NO_INDENT ? 2 : indent + 2;
    int i = 0;
    while (i < n) {
      int breaks = i;
      while (i < n && s.charAt(i) == '\n') {
        i++;
      }
      for (int b = breaks; b < i; b++) {
        lineBreak();
      }
      if (i == n) {
        break;
      }
      writeIndent();
      int end = s.indexOf('\n', i);
      if (end < 0) {
        end = n;
      }
      out.append(s, i, end);
      column += end - i;
      if (end == n) {
        lineBreak();
      }
      i = end;
    }
    indent = outer;
  }

  private void indicator(String indicator, boolean needWhitespace, boolean whitespaceAfter,
      boolean indentation) {
    if (!whitespace && needWhitespace) {
      out.append(' ');
      column++;
    }
    whitespace = whitespaceAfter;
    indention = indention && indentation;
    column += indicator.length();
    out.append(indicator);
  }

  private void writeIndent() {
    int at = indent == NO_INDENT ? 0 : indent;
    if (!indention || column > at || column == at && !whitespace) {
      lineBreak();
    }
    whitespace(at - column);
  }

  private void whitespace(int length) {
    if (length <= 0) {
      return;
    }
    whitespace = true;
    column += length;
    for (int i = 0; i < length; i++) {
      out.append(' ');
    }
  }

  private void lineBreak() {
    whitespace = true;
    indention = true;
    column = 0;
    out.append('\n');
  }
}
