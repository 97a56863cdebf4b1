package io.tankos.cloudinit;

import java.util.List;
import java.util.Map;

/** The type-tagged JSON form pyyaml_canon.py compares against: ["str", "x"], ["map", [[k, v]]]… */
final class TaggedJson {
  private TaggedJson() {}

  static String of(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb);
    return sb.toString();
  }

  private static void write(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("[\"null\"]");
    } else if (v instanceof String s) {
      sb.append("[\"str\", ");
      string(s, sb);
      sb.append(']');
    } else if (v instanceof Boolean b) {
      sb.append("[\"bool\", ").append(b).append(']');
    } else if (v instanceof Number n) {
      sb.append("[\"int\", \"").append(n).append("\"]");
    } else if (v instanceof List<?> l) {
      sb.append("[\"list\", [");
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        write(l.get(i), sb);
      }
      sb.append("]]");
    } else if (v instanceof Map<?, ?> m) {
      sb.append("[\"map\", [");
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        sb.append('[');
        write(e.getKey(), sb);
        sb.append(", ");
        write(e.getValue(), sb);
        sb.append(']');
      }
      sb.append("]]");
    } else {
      throw new IllegalArgumentException("cannot tag " + v.getClass());
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c > 0x7e) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
