package io.tankos.bootc.containerfile;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a {@link Word} is written so that the builder's lexer reads back the caller's value, per
 * context. Unrepresentable values are reported to {@link Problems} with their location.
 */
final class WordSyntax {
  private WordSyntax() {}

  /** A {@code $NAME} or {@code ${...}} reference, or a literal run, of an expanding template. */
  record Segment(String text, boolean reference) {}

  static boolean isPlain(int c) {
    return Character.isLetterOrDigit(c) || "_./:@+,=%^~-*?[]!&();|{}#".indexOf(c) >= 0 && c < 0x80;
  }

  static boolean isFlagPlain(int c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || "_./:@+,=%^~-*?!".indexOf(c) >= 0);
  }

  /** Reports characters no Containerfile line can hold. */
  static boolean checkLine(String s, Location at, Problems p, boolean allowBreaks) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!allowBreaks && (c == '\n' || c == '\r')) {
        p.add(at, "a line break cannot be represented here (index " + i + ")");
        return false;
      }
      if (c == 0) {
        p.add(at, "NUL cannot be represented (index " + i + ")");
        return false;
      }
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
          && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
        p.add(at, "an unpaired surrogate is not valid UTF-8 (index " + i + ")");
        return false;
      }
    }
    return true;
  }

  static List<Segment> segments(String template) {
    List<Segment> out = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '$' && i + 1 < template.length()) {
        char n = template.charAt(i + 1);
        int end = -1;
        if (n == '{') {
          int depth = 0;
          for (int j = i + 1; j < template.length(); j++) {
            char d = template.charAt(j);
            if (d == '{') {
              depth++;
            } else if (d == '}' && --depth == 0) {
              end = j + 1;
              break;
            }
          }
        } else if (Character.isLetter(n) || n == '_') {
          int j = i + 1;
          while (j < template.length() && (Character.isLetterOrDigit(template.charAt(j)) || template.charAt(j) == '_')) {
            j++;
          }
          end = j;
        }
        if (end > 0) {
          if (lit.length() > 0) {
            out.add(new Segment(lit.toString(), false));
            lit.setLength(0);
          }
          out.add(new Segment(template.substring(i, end), true));
          i = end;
          continue;
        }
      }
      lit.append(c);
      i++;
    }
    if (lit.length() > 0) {
      out.add(new Segment(lit.toString(), false));
    }
    return out;
  }

  /** Per-character escaping for an unquoted lexer context (ProcessWord keeps inner blanks). */
  static String escapeUnquoted(String value, char escape, boolean atStart) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == escape || c == '$' || c == '\'' || c == '"' || c == '<' || (c == '-' && i == 0 && atStart)) {
        b.append(escape);
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Escaping inside double quotes: only {@code "}, {@code $} and the escape character. */
  static String escapeQuoted(String value, char escape) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == escape || c == '$' || c == '"') {
        b.append(escape);
      }
      b.append(c);
    }
    return b.toString();
  }

  /** A lexed word in an unquoted position (COPY path, USER, JSON-form element...). */
  static String unquoted(Word w, char escape, Location at, Problems p, boolean allowBreaks) {
    if (!checkLine(w.text(), at, p, allowBreaks)) {
      return "";
    }
    switch (w.kind()) {
      case RAW:
        return w.text();
      case LITERAL:
        {
          String s = escapeUnquoted(w.text(), escape, true);
          verify(w.text(), s, escape, at, p);
          return s;
        }
      default:
        {
          StringBuilder b = new StringBuilder();
          boolean first = true;
          for (Segment seg : segments(w.text())) {
            b.append(seg.reference() ? seg.text() : escapeUnquoted(seg.text(), escape, first));
            first = false;
          }
          return b.toString();
        }
    }
  }

  /** A value in a line that is split at blanks first (ENV/LABEL/ARG pairs): double-quoted as needed. */
  static String quotedIfNeeded(Word w, char escape, Location at, Problems p) {
    if (!checkLine(w.text(), at, p, false)) {
      return "";
    }
    switch (w.kind()) {
      case RAW:
        return w.text();
      case LITERAL:
        {
          String v = w.text();
          if (!v.isEmpty() && GoText.allCodePoints(v, WordSyntax::isPlain) && !v.startsWith("-")) {
            return v;
          }
          String s = "\"" + escapeQuoted(v, escape) + "\"";
          verify(v, s, escape, at, p);
          return s;
        }
      default:
        {
          StringBuilder b = new StringBuilder("\"");
          for (Segment seg : segments(w.text())) {
            b.append(seg.reference() ? seg.text() : escapeQuoted(seg.text(), escape));
          }
          return b.append('"').toString();
        }
    }
  }

  /** A rest-of-line value (USER, WORKDIR, STOPSIGNAL): quoted when blanks at either end would be trimmed. */
  static String lineValue(Word w, char escape, Location at, Problems p) {
    if (w.kind() == Word.Kind.RAW) {
      checkLine(w.text(), at, p, false);
      return w.text();
    }
    if (w.text().isEmpty()) {
      p.add(at, "must not be empty");
      return "";
    }
    String t = w.text();
    boolean edgeBlank = GoText.isSpace(t.codePointAt(0)) || GoText.isSpace(t.codePointBefore(t.length()));
    return edgeBlank ? quotedIfNeeded(w, escape, at, p) : unquoted(w, escape, at, p, false);
  }

  /** A flag value: plain characters only (plus {@code $} references of an expanding word). */
  static String flagValue(Word w, Location at, Problems p) {
    if (!checkLine(w.text(), at, p, false)) {
      return "";
    }
    String t = w.text();
    if (w.kind() == Word.Kind.RAW) {
      if (GoText.anyCodePoint(t, c -> c >= 0x80)) {
        // extractBuilderFlags reads byte by byte and widens each byte to a character
        p.add(at, "a flag value cannot contain non-ASCII characters (BuildKit reads flags byte by"
            + " byte and would change them): " + GoText.quote(t));
        return t;
      }
      boolean needs = t.isEmpty() || GoText.anyCodePoint(t, c -> GoText.isSpace(c) || c == '"' || c == '\'' || c == '\\');
      return needs ? "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : t;
    }
    List<Segment> segs = w.kind() == Word.Kind.LITERAL ? List.of(new Segment(t, false)) : segments(t);
    for (Segment s : segs) {
      if (s.reference()) {
        if (GoText.anyCodePoint(s.text(), c -> GoText.isSpace(c) || c == '"' || c == '\'' || c == '\\' || c >= 0x80)) {
          p.add(at, "a flag value reference cannot contain blanks, quotes, backslashes or non-ASCII characters");
        }
      } else if (!GoText.allCodePoints(s.text(), WordSyntax::isFlagPlain)) {
        p.add(at, "a flag value can only contain ASCII letters, digits and _./:@+,=%^~-*?! (got " + GoText.quote(s.text()) + ")");
      }
    }
    if (t.isEmpty()) {
      p.add(at, "must not be empty");
    }
    return t;
  }

  private static void verify(String value, String encoded, char escape, Location at, Problems p) {
    try {
      String back = ShellLexer.expanding(escape, Map.of()).process(encoded).word();
      if (!back.equals(value)) {
        p.add(at, "cannot be written so that the builder reads it back unchanged");
      }
    } catch (ShellLexer.LexException e) {
      p.add(at, "cannot be written for the builder's lexer: " + e.getMessage());
    }
  }
}
