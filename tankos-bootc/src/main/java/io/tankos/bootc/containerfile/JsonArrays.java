package io.tankos.bootc.containerfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.tankos.core.text.Utf8;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The exec (JSON array) form: Go's {@code encoding/json} reading of an array of strings, and writing. */
final class JsonArrays {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonArrays() {}

  /**
   * The decoded strings when {@code rest} is a JSON array of strings; null when it is not JSON (the
   * shell-form fallback). Read token by token: the whole text must be one JSON value, and an
   * element that is not a string is an error only when it is.
   *
   * @throws IllegalArgumentException when it is a JSON array with a non-string element
   */
  static List<String> parse(String rest) {
    return parse(rest, 0);
  }

  /**
   * {@link #parse(String)} of {@code text[from..]}.
   *
   * @param text the line
   * @param from where the rest starts
   * @return the strings, or null
   * @throws IllegalArgumentException when it is a JSON array with a non-string element
   */
  static List<String> parse(String text, int from) {
    int start = GoText.skipSpace(text, from, text.length());
    if (!text.startsWith("[", start)) {
      return null;
    }
    List<String> plain = plainStrings(text, start);
    if (plain != null) {
      return plain;
    }
    String t = text.substring(start);
    List<String> out = new ArrayList<>();
    boolean onlyStrings = true;
    try (JsonParser p = JSON.createParser(t)) {
      p.nextToken();
      for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
        if (token == null) {
          return null;
        } else if (token == JsonToken.VALUE_STRING) {
          out.add(replaceLoneSurrogates(p.getText()));
        } else {
          onlyStrings = false;
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        return null;
      }
    } catch (IOException e) {
      return null;
    }
    if (!onlyStrings) {
      throw new IllegalArgumentException("when using JSON array syntax, arrays must be comprised of strings only");
    }
    return out;
  }

  /**
   * The strings of an array written plainly: JSON blanks, commas and strings without escapes,
   * control characters or surrogates. Null for anything else, which the JSON parser then reads
   * (the result is the same where both read). The array starts at {@code start}.
   */
  private static List<String> plainStrings(String t, int start) {
    List<String> out = new ArrayList<>();
    int i = blanks(t, start + 1);
    if (i < t.length() && t.charAt(i) == ']') {
      return blanks(t, i + 1) == t.length() ? out : null;
    }
    while (i < t.length() && t.charAt(i) == '"') {
      int end = i + 1;
      while (end < t.length()) {
        char c = t.charAt(end);
        if (c == '"') {
          break;
        }
        if (c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
          return null;
        }
        end++;
      }
      if (end == t.length()) {
        return null;
      }
      out.add(t.substring(i + 1, end));
      i = blanks(t, end + 1);
      if (i < t.length() && t.charAt(i) == ']') {
        return blanks(t, i + 1) == t.length() ? out : null;
      }
      if (i == t.length() || t.charAt(i) != ',') {
        return null;
      }
      i = blanks(t, i + 1);
    }
    return null;
  }

  /** The index after JSON's blanks (space, tab, line feed, carriage return) from {@code i}. */
  private static int blanks(String t, int i) {
    while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\n' || t.charAt(i) == '\r')) {
      i++;
    }
    return i;
  }

  private static String replaceLoneSurrogates(String s) {
    if (Utf8.firstLoneSurrogate(s) < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        b.append('\uFFFD');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Appends a JSON array of the strings; non-ASCII kept, control characters escaped. */
  static StringBuilder write(StringBuilder b, List<String> items) {
    b.append('[');
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "" : ", ");
      string(b, items.get(i));
    }
    return b.append(']');
  }

  static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029 || c == 0x85) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    b.append('"');
  }
}
