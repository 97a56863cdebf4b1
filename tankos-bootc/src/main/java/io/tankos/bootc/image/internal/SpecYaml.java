package io.tankos.bootc.image.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as block YAML that {@link
 * SpecParser} reads back to the same values: a string is written plain only when YAML 1.1 reads
 * that plain text back as the same string (checked by parsing it), multi-line text as a literal
 * block when that reads back exactly, everything else double-quoted with escapes.
 */
final class SpecYaml {
  private static final YAMLFactory CHECK = new YAMLFactory();
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  private final StringBuilder out = new StringBuilder();
  private final Map<String, Boolean> plainKeys = new HashMap<>();
  private final Map<String, Boolean> plainValues = new HashMap<>();

  private SpecYaml() {}

  /**
   * The YAML text of a tree whose root is a map.
   *
   * @param root the tree, maps in their iteration order
   * @return the text, {@code \n} line endings, ending in a newline
   */
  static String write(Map<String, ?> root) {
    SpecYaml y = new SpecYaml();
    y.map(root, 0);
    return y.out.toString();
  }

  private void map(Map<String, ?> map, int indent) {
    boolean first = true;
    for (Map.Entry<String, ?> e : map.entrySet()) {
      if (!first || indent > 0 && !endsWithDash()) {
        pad(indent);
      }
      first = false;
      out.append(key(e.getKey())).append(':');
      value(e.getValue(), indent);
    }
  }

  private boolean endsWithDash() {
    return out.length() >= 2 && out.charAt(out.length() - 2) == '-' && out.charAt(out.length() - 1) == ' ';
  }

  private void value(Object v, int indent) {
    if (v instanceof Map<?, ?> m && !m.isEmpty()) {
      out.append('\n');
      @SuppressWarnings("unchecked")
      Map<String, ?> typed = (Map<String, ?>) m;
      map(typed, indent + 2);
    } else if (v instanceof List<?> l && !l.isEmpty()) {
      out.append('\n');
      for (Object item : l) {
        pad(indent + 2);
        out.append("- ");
        if (item instanceof Map<?, ?> m && !m.isEmpty()) {
          @SuppressWarnings("unchecked")
          Map<String, ?> typed = (Map<String, ?>) item;
          map(typed, indent + 4);
        } else {
          out.append(scalar(item, indent + 4)).append('\n');
        }
      }
    } else {
      out.append(' ').append(scalar(v, indent + 2)).append('\n');
    }
  }

  private void pad(int indent) {
    out.append(" ".repeat(indent));
  }

  private String scalar(Object v, int indent) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map<?, ?>) {
      return "{}";
    }
    if (v instanceof List<?>) {
      return "[]";
    }
    if (v instanceof Boolean || v instanceof Number) {
      return v.toString();
    }
    String s = (String) v;
    if (plainValues.computeIfAbsent(s, t -> plainCandidate(t) && readsBack("k: " + t + "\n", t, false))) {
      return s;
    }
    String block = literal(s, indent);
    return block != null ? block : quoted(s);
  }

  private String key(String k) {
    return plainKeys.computeIfAbsent(k, t -> plainCandidate(t) && readsBack(t + ": x\n", t, true)) ? k : quoted(k);
  }

  private static boolean plainCandidate(String s) {
    if (s.isEmpty() || s.length() > 200 || INDICATORS.indexOf(s.charAt(0)) >= 0 || s.endsWith(":")
        || s.contains(": ") || s.contains(" #") || s.startsWith(" ") || s.endsWith(" ")) {
      return false;
    }
    return s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
  }

  /** A literal block for multi-line text, or null when one would not read back exactly. */
  private static String literal(String s, int indent) {
    if (s.indexOf('\n') < 0 || s.startsWith(" ") || s.startsWith("\n") || s.contains("\r")
        || s.chars().anyMatch(c -> c != '\n' && (c < 0x20 || c >= 0x7f))) {
      return null;
    }
    boolean endsInOne = s.endsWith("\n") && !s.endsWith("\n\n");
    if (!endsInOne && s.endsWith("\n")) {
      return null;
    }
    String body = endsInOne ? s.substring(0, s.length() - 1) : s;
    StringBuilder b = new StringBuilder(endsInOne ? "|" : "|-");
    for (String line : body.split("\n", -1)) {
      b.append('\n');
      if (!line.isEmpty()) {
        b.append(" ".repeat(indent)).append(line);
      }
    }
    String block = b.toString();
    return readsBack("k: " + block + "\n", s, false) ? block : null;
  }

  /** Whether YAML reads the document's only key (or its value) back as exactly this string. */
  private static boolean readsBack(String doc, String expected, boolean asKey) {
    try (YAMLParser p = CHECK.createParser(doc)) {
      if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
        return false;
      }
      if (asKey) {
        return expected.equals(p.currentName()) && p.getTypeId() == null;
      }
      if (!"k".equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_STRING) {
        return false;
      }
      boolean same = expected.equals(p.getText()) && p.getTypeId() == null && p.getObjectId() == null
          && !p.isCurrentAlias();
      return same && p.nextToken() == JsonToken.END_OBJECT && p.nextToken() == null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A double-quoted scalar; everything YAML would not read literally is escaped. */
  static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
          if (pair) {
            b.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xfeff
              || c >= 0xfffe || Character.isSurrogate(c)) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
