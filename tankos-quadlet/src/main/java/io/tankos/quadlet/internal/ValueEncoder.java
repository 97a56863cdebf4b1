package io.tankos.quadlet.internal;

import io.tankos.core.unit.ExecWords;
import io.tankos.core.unit.UnitSyntax;
import io.tankos.quadlet.SystemdValue;
import io.tankos.quadlet.ValueKind;
import io.tankos.quadlet.internal.SystemdText.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes escaped value parts as the text of one {@code Key=} line so that Quadlet's {@code Lookup*}
 * method of the given kind reads back exactly those parts (as the newest Quadlet reads them; what an
 * older one reads differently is refused when rendering for it); returns the reason when impossible.
 */
public final class ValueEncoder {
  private static final String STANDALONE_SEMICOLON =
      "a standalone ';' separates commands in the generated ExecStart";

  private ValueEncoder() {}

  /**
   * Escapes values for a place, then encodes them for a value kind.
   *
   * @param kind how Quadlet reads the key
   * @param values the caller's values: one value, or the words of one line
   * @param place where systemd reads the line
   * @param allowEmpty whether an empty single value is meaningful for this key
   * @return the text or the problem
   */
  public static SystemdText.Result encode(
      ValueKind kind, SystemdValue[] values, Place place, boolean allowEmpty) {
    String[] problem = new String[1];
    String text = encode(kind, values, place, allowEmpty, problem);
    return text != null ? SystemdText.Result.ok(text) : SystemdText.Result.fail(problem[0]);
  }

  /**
   * The text of {@link #encode}, without a result: null where it fails ({@link #encode} then tells
   * why).
   *
   * @param kind how Quadlet reads the key
   * @param values the caller's values
   * @param place where systemd reads the line
   * @param allowEmpty whether an empty single value is meaningful for this key
   * @return the text, or null
   */
  public static String encoded(ValueKind kind, SystemdValue[] values, Place place, boolean allowEmpty) {
    return encode(kind, values, place, allowEmpty, null);
  }

  /** The text, or null with the reason in {@code problem[0]} when {@code problem} is given. */
  private static String encode(
      ValueKind kind, SystemdValue[] values, Place place, boolean allowEmpty, String[] problem) {
    if (values.length == 1) { // most keys take one value: no list to grow
      String t = escaped(values[0], place, problem);
      return t == null ? null : text(kind, null, t, allowEmpty, problem);
    }
    List<String> parts = new ArrayList<>(values.length);
    for (SystemdValue v : values) {
      String t = escaped(v, place, problem);
      if (t == null) {
        return null;
      }
      parts.add(t);
    }
    return text(kind, parts, null, allowEmpty, problem);
  }

  /** A value escaped for a place, or null with the reason in {@code problem[0]} when given. */
  private static String escaped(SystemdValue v, Place place, String[] problem) {
    String t = SystemdText.escaped(v, place);
    if (t == null && problem != null) {
      problem[0] = SystemdText.escape(v, place).problem(); // the reason, worked out on failure only
    }
    return t;
  }

  /**
   * Encodes parts for a value kind.
   *
   * @param kind how Quadlet reads the key
   * @param parts the escaped parts: one value, or the words of one line ({@code NAME=VALUE} words for
   *     key/value lists)
   * @param allowEmpty whether an empty single value is meaningful for this key
   * @return the text or the problem
   */
  public static SystemdText.Result encodeParts(ValueKind kind, List<String> parts, boolean allowEmpty) {
    return encodeParts(kind, parts, null, allowEmpty);
  }

  /**
   * Encodes one escaped part for a value kind: {@link #encodeParts(ValueKind, List, boolean)} of a
   * list of that part.
   *
   * @param kind how Quadlet reads the key
   * @param part the escaped part
   * @param allowEmpty whether an empty single value is meaningful for this key
   * @return the text or the problem
   */
  public static SystemdText.Result encodePart(ValueKind kind, String part, boolean allowEmpty) {
    return encodeParts(kind, null, part, allowEmpty);
  }

  /**
   * The text of {@link #encodePart}, without a result: null where it fails ({@link #encodePart}
   * then tells why).
   *
   * @param kind how Quadlet reads the key
   * @param part the escaped part
   * @param allowEmpty whether an empty single value is meaningful for this key
   * @return the text, or null
   */
  public static String encodedPart(ValueKind kind, String part, boolean allowEmpty) {
    return text(kind, null, part, allowEmpty, null);
  }

  /** {@link #encodeParts(ValueKind, List, boolean)} of {@code parts}, or of the one part {@code one} when parts is null. */
  private static SystemdText.Result encodeParts(
      ValueKind kind, List<String> parts, String one, boolean allowEmpty) {
    String[] problem = new String[1];
    String text = text(kind, parts, one, allowEmpty, problem);
    return text != null ? SystemdText.Result.ok(text) : SystemdText.Result.fail(problem[0]);
  }

  /**
   * The text of {@link #encodeParts(ValueKind, List, String, boolean)}, or null with the reason in
   * {@code problem[0]} when {@code problem} is given.
   */
  private static String text(
      ValueKind kind, List<String> parts, String one, boolean allowEmpty, String[] problem) {
    int n = parts == null ? 1 : parts.size();
    switch (kind) {
      case SINGLE, LAST, BOOLEAN, UINT32, VERBATIM_LIST -> {
        if (n != 1) {
          return SystemdText.fail(problem, "needs exactly one value, got " + n);
        }
        String v = parts == null ? one : parts.get(0);
        if (v.isEmpty()) {
          if (allowEmpty && kind == ValueKind.SINGLE) {
            return "";
          }
          return SystemdText.fail(problem, kind == ValueKind.VERBATIM_LIST
              ? "an empty value cannot be written (an empty assignment resets the list)"
              : "an empty value cannot be written (Quadlet treats it as unset)");
        }
        String p = verbatimProblem(v);
        if (p != null) {
          return SystemdText.fail(problem, p);
        }
        if (kind != ValueKind.LAST && kind != ValueKind.VERBATIM_LIST
            && !QuadletReading.single(v).equals(v)) {
          return SystemdText.fail(problem, "a value starting and ending with '\"' loses those quotes in "
              + "Quadlet");
        }
        return v;
      }
      case WORD_LIST -> {
        if (n == 0) {
          return SystemdText.fail(problem, "at least one word is needed");
        }
        for (int i = 0; i < n; i++) {
          String w = parts == null ? one : parts.get(i);
          String p = strvWordProblem(w);
          if (p != null) {
            return SystemdText.fail(problem, "word " + i + ": " + p);
          }
        }
        return parts == null ? one : n == 1 ? parts.get(0) : String.join(" ", parts);
      }
      case ARG_LIST, KEY_VALUE_LIST, EXEC -> {
        if (n == 0 && kind != ValueKind.EXEC) {
          return SystemdText.fail(problem, "at least one word is needed (an empty assignment resets the list)");
        }
        for (int i = 0; i < n; i++) {
          String w = parts == null ? one : parts.get(i);
          String p = ExecWords.wordProblem(w);
          if (p == null && w.equals(";")) {
            p = STANDALONE_SEMICOLON;
          }
          if (p != null) {
            return SystemdText.fail(problem, "word " + i + ": " + p);
          }
        }
        return parts == null ? ExecWords.quoteWord(one) : ExecWords.quote(parts);
      }
      default -> throw new IllegalStateException(kind.toString());
    }
  }


  /** Why a value kept verbatim on its line cannot be written, or null. */
  public static String verbatimProblem(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '\n') {
        return "value cannot contain a newline (at index " + i + ")";
      }
      if (c < 0x20 && c != '\t' || c == 0x7F) {
        return "value cannot contain the control character U+" + String.format("%04X", (int) c)
            + " (at index " + i + ")";
      }
    }
    if (v.equals(";")) {
      return STANDALONE_SEMICOLON;
    }
    return UnitSyntax.valueProblem(v);
  }

  /** Why a word of a white-space word list cannot be written, or null. */
  public static String strvWordProblem(String w) {
    if (w.isEmpty()) {
      return "an empty word cannot be written";
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (ExecWords.SEPARATORS.indexOf(c) >= 0 || UnitSyntax.isSpace(c)) {
        return "a word cannot contain white space (at index " + i + ")";
      }
      if (c == '"' || c == '\'') {
        return "a word cannot contain a quote (Quadlet removes quotes here; at index " + i + ")";
      }
      if (c < 0x20 || c == 0x7F) {
        return "a word cannot contain a control character (at index " + i + ")";
      }
    }
    if (w.endsWith("\\")) {
      return "a word cannot end with a backslash";
    }
    if (w.equals(";")) {
      return STANDALONE_SEMICOLON;
    }
    return null;
  }
}
