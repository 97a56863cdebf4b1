package io.tankos.core.unit;

import io.tankos.core.text.Shown;
import io.tankos.core.text.TextLimits;
import io.tankos.core.text.Utf8;
import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads unit-file text the way Podman's Quadlet parser does, one line at a time (no copy of the
 * whole text per line), within {@link UnitFileLimits}.
 */
final class UnitFileParser {
  private static final String LINE_LIMIT = "UnitFileLimits.MAX_LINE_BYTES";

  private final String source;
  /** Sections are looked up by name in a list while there are few, in a map past that. */
  private static final int FEW_SECTIONS = 8;

  private final List<Section.Builder> sections = new ArrayList<>();
  private Map<String, Section.Builder> byName;
  private Section.Builder current;
  private final List<UnitComment> pending = new ArrayList<>();
  /** The text being read, and where its next {@code =} is (a joined continuation line is searched alone). */
  private String text;
  private NextChar equalsSign;

  /** Whether comments and blank lines are kept (for writing the file back). */
  private final boolean keepComments;

  private UnitFileParser(String source, boolean keepComments) {
    this.source = source;
    this.keepComments = keepComments;
  }

  static UnitFile parse(String source, String text, boolean keepComments) {
    TextLimits.checkLines(source, text, UnitFileLimits.MAX_LINES, "UnitFileLimits.MAX_LINES",
        UnitFileLimits.MAX_LINE_BYTES, LINE_LIMIT);
    UnitFileParser p = new UnitFileParser(source, keepComments);
    p.run(text);
    List<Section> sections = new ArrayList<>(p.sections.size());
    for (Section.Builder s : p.sections) {
      sections.add(s.build());
    }
    List<UnitComment> comments = new ArrayList<>();
    if (p.sections.isEmpty()) {
      for (UnitComment c : p.pending) { // loops, not streams or lambdas: a check parses every file
        if (!c.isBlank()) {
          comments.add(c);
        }
      }
    }
    return UnitFile.parsed(sections, comments);
  }

  private void run(String text) {
    this.text = text;
    NextChar nul = new NextChar(text, '\0');
    equalsSign = new NextChar(text, '=');
    int end = text.endsWith("\n") ? text.length() - 1 : text.length();
    StringBuilder remaining = null; // made for the first continued line
    long remainingBytes = 0;
    int nr = 0;
    int start = 0;
    while (true) {
      int nl = text.indexOf('\n', start);
      boolean last = nl < 0 || nl >= end;
      int stop = last ? end : nl;
      nr++;
      // the line is text[from, to), trimmed; it is copied only when it is continued
      int from = UnitSyntax.trimmedStart(text, start, stop);
      int to = UnitSyntax.trimmedEnd(text, from, stop);
      if (nul.in(from, to) >= 0) {
        refuseNul(text.substring(from, to), nr, remaining != null && remaining.length() > 0);
      }
      boolean continues = !isComment(text, from, to) && text.charAt(to - 1) == '\\';
      if ((remaining == null || remaining.length() == 0) && !continues) {
        parseLine(text, from, to, nr);
      } else if (isComment(text, from, to)) {
        // a comment inside a continuation is skipped
      } else if (continues && !last) {
        if (remaining == null) {
          remaining = new StringBuilder();
        }
        remaining.append(text, from, to - 1);
        remainingBytes = checkJoinedLength(remainingBytes + Utf8.encodedLength(text, from, to - 1), nr);
      } else {
        int lineEnd = continues ? to - 1 : to;
        checkJoinedLength(remainingBytes + Utf8.encodedLength(text, from, lineEnd), nr);
        String line = remaining == null ? text.substring(from, lineEnd) // a last line ending in '\\'
            : remaining.append(text, from, lineEnd).toString();
        if (remaining != null) {
          remaining.setLength(0);
        }
        remainingBytes = 0;
        parseLine(line, 0, line.length(), nr);
      }
      if (last) {
        break;
      }
      start = stop + 1;
    }
    if (current != null) {
      flushInto(false);
    }
  }

  /** systemd applies {@code LONG_LINE_MAX} to a line joined from continuation lines too. */
  private long checkJoinedLength(long bytes, int nr) {
    if (bytes > UnitFileLimits.MAX_LINE_BYTES) {
      throw new LimitExceededException(source, nr, "continued line is " + bytes + " bytes long",
          LINE_LIMIT, UnitFileLimits.MAX_LINE_BYTES);
    }
    return bytes;
  }

  private static boolean isComment(String line) {
    return isComment(line, 0, line.length());
  }

  private static boolean isComment(String s, int from, int to) {
    return from >= to || s.charAt(from) == '#' || s.charAt(from) == ';';
  }

  /** No {@code [} and no control character (a surrogate is neither). */
  private static boolean isGroupName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '[' || UnitSyntax.isControl(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isGroup(String line) {
    return UnitSyntax.isGroupLine(line);
  }

  /** Parses the trimmed line {@code s[from, to)}, copying only what it keeps. */
  private void parseLine(String s, int from, int to, int nr) {
    int groupEnd;
    int eq;
    if (isComment(s, from, to)) {
      if (keepComments) {
        pending.add(new UnitComment(s.substring(from, to)));
      }
    } else if ((groupEnd = UnitSyntax.groupEnd(s, from, to)) >= 0) {
      String name = KeyNames.of(s, from + 1, groupEnd);
      if (name.isEmpty() || !isGroupName(name)) {
        throw new ParseException(source, nr, "invalid group name: " + Shown.value(name, 80));
      }
      current = sectionNamed(name);
      if (!pending.isEmpty() && pending.get(0).isBlank()) {
        pending.remove(0); // the writer puts one blank line between sections
      }
      flushInto(true);
    } else if ((eq = s == text ? equalsSign.in(from, to) : UnitSyntax.indexOf(s, '=', from, to)) > from) {
      if (current == null) {
        throw new ParseException(source, nr, "key file does not start with a group");
      }
      int keyEnd = eq;
      while (keyEnd > from && isByteSpace(s.charAt(keyEnd - 1))) {
        keyEnd--;
      }
      String key = KeyNames.of(s, from, keyEnd);
      String keyProblem = UnitSyntax.keyProblem(key);
      if (keyProblem != null) {
        throw new ParseException(source, nr, "invalid key name '" + Shown.value(key, 80) + "': " + keyProblem);
      }
      int valueStart = eq + 1;
      while (valueStart < to && isByteSpace(s.charAt(valueStart))) {
        valueStart++;
      }
      String value = s.substring(valueStart, to);
      flushInto(false);
      current.add(key, value);
    } else {
      throw new ParseException(
          source,
          nr,
          "file contains line " + nr + ": \u201c" + s.substring(from, to)
              + "\u201d which is not a key-value pair, group, or comment");
    }
  }

  /**
   * Refuses a NUL character on a physical line: Quadlet's exec-style splitting stops at it (the rest
   * of the value is lost), other values reach systemd, which rejects a NUL.
   */
  private void refuseNul(String line, int nr, boolean continued) {
    int nul = line.indexOf('\0');
    if (nul < 0) {
      return;
    }
    String where;
    int eq = line.indexOf('=');
    if (isComment(line)) {
      where = "a comment";
    } else if (continued) {
      where = "a continuation line";
    } else if (isGroup(line)) {
      where = "the section name";
    } else if (eq > 0 && nul > eq) {
      where = "the value of " + UnitSyntax.trimSpace(line.substring(0, eq));
    } else if (eq > 0) {
      where = "a key";
    } else {
      where = "a line";
    }
    throw new ParseException(source, nr, "NUL character in " + where + " (at column " + (nul + 1)
        + " of the trimmed line); Quadlet and systemd cannot carry it");
  }

  /** Go's {@code unicode.IsSpace(rune(line[i]))} on a byte: ASCII white space (and 0x85, 0xA0 bytes). */
  private static boolean isByteSpace(char c) {
    return c < 0x80 && UnitSyntax.isSpace(c);
  }

  private Section.Builder sectionNamed(String name) {
    if (byName == null) {
      for (int i = 0; i < sections.size(); i++) {
        if (sections.get(i).name().equals(name)) {
          return sections.get(i);
        }
      }
      if (sections.size() >= FEW_SECTIONS) {
        byName = new HashMap<>();
        for (Section.Builder s : sections) {
          byName.put(s.name(), s);
        }
      }
    } else if (byName.containsKey(name)) {
      return byName.get(name);
    }
    Section.Builder s = Section.builder(name);
    sections.add(s);
    if (byName != null) {
      byName.put(name, s);
    }
    return s;
  }

  private void flushInto(boolean asHeaderComments) {
    if (pending.isEmpty()) {
      return;
    }
    for (UnitComment c : pending) {
      if (asHeaderComments) {
        current.headerComment(c);
      } else {
        current.line(c);
      }
    }
    pending.clear();
  }
}
