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
    int start = GoText.skipSpace(rest, 0, rest.length());
    if (start == rest.length() || rest.charAt(start) != '[') {
      return null; // most commands: no list made
    }
    List<String> out = new ArrayList<>();
    return parse(rest, start, rest.length(), out) ? out : null;
  }

  /**
   * {@link #parse(String)} of {@code text[from, to)}, the strings added to {@code out}.
   *
   * @param text the line
   * @param from where the rest starts
   * @param to where the line ends
   * @param out where the strings go; left as it was when the text is not a JSON array
   * @return whether the text is a JSON array of strings
   * @throws IllegalArgumentException when it is a JSON array with a non-string element
   */
  static boolean parse(CharSequence text, int from, int to, List<String> out) {
    int start = GoText.skipSpace(text, from, to);
    if (start == to || text.charAt(start) != '[') {
      return false;
    }
    int size = out.size();
    if (plainStrings(text, start, to, out)) {
      return true;
    }
    out.subList(size, out.size()).clear();
    String t = text.subSequence(start, to).toString();
    boolean onlyStrings = true;
    try (JsonParser p = JSON.createParser(t)) {
      p.nextToken();
      for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
        if (token == null) {
          out.subList(size, out.size()).clear();
          return false;
        } else if (token == JsonToken.VALUE_STRING) {
          out.add(replaceLoneSurrogates(p.getText()));
        } else {
          onlyStrings = false;
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        out.subList(size, out.size()).clear();
        return false;
      }
    } catch (IOException e) {
      out.subList(size, out.size()).clear();
      return false;
    }
    if (!onlyStrings) {
      throw new IllegalArgumentException("when using JSON array syntax, arrays must be comprised of strings only");
    }
    return true;
  }

  /**
   * The strings of an array written plainly: JSON blanks, commas and strings without escapes,
   * control characters or surrogates, added to {@code out}; false for anything else, which the
   * JSON parser then reads (the result is the same where both read). The array is
   * {@code t[start, to)}.
   */
  private static boolean plainStrings(CharSequence t, int start, int to, List<String> out) {
    int i = blanks(t, start + 1, to);
    if (i < to && t.charAt(i) == ']') {
      return blanks(t, i + 1, to) == to;
    }
    while (i < to && t.charAt(i) == '"') {
      int end = i + 1;
      while (end < to) {
        char c = t.charAt(end);
        if (c == '"') {
          break;
        }
        if (c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
          return false;
        }
        end++;
      }
      if (end == to) {
        return false;
      }
      out.add(t.subSequence(i + 1, end).toString());
      i = blanks(t, end + 1, to);
      if (i < to && t.charAt(i) == ']') {
        return blanks(t, i + 1, to) == to;
      }
      if (i == to || t.charAt(i) != ',') {
        return false;
      }
      i = blanks(t, i + 1, to);
    }
    return false;
  }

  /** The index after JSON's blanks (space, tab, line feed, carriage return) from {@code i}, before {@code to}. */
  private static int blanks(CharSequence t, int i, int to) {
    while (i < to && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\n' || t.charAt(i) == '\r')) {
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
