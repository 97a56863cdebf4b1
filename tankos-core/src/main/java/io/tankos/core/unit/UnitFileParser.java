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
  private final List<Section.Builder> sections = new ArrayList<>();
  private final Map<String, Section.Builder> byName = new HashMap<>();
  private Section.Builder current;
  private List<UnitComment> pending = new ArrayList<>();

  private UnitFileParser(String source) {
    this.source = source;
  }

  static UnitFile parse(String source, String text) {
    TextLimits.checkLines(source, text, UnitFileLimits.MAX_LINES, "UnitFileLimits.MAX_LINES",
        UnitFileLimits.MAX_LINE_BYTES, LINE_LIMIT);
    UnitFileParser p = new UnitFileParser(source);
    p.run(text);
    UnitFile.Builder b = UnitFile.builder();
    for (Section.Builder s : p.sections) {
      b.section(s.build());
    }
    if (p.sections.isEmpty()) {
      p.pending.stream().filter(c -> !c.isBlank()).forEach(b::comment);
    }
    return b.build();
  }

  private void run(String text) {
    int end = text.endsWith("\n") ? text.length() - 1 : text.length();
    StringBuilder remaining = new StringBuilder();
    long remainingBytes = 0;
    int nr = 0;
    int start = 0;
    while (true) {
      int nl = text.indexOf('\n', start);
      boolean last = nl < 0 || nl >= end;
      int stop = last ? end : nl;
      nr++;
      String line = UnitSyntax.trimSpace(text.substring(start, stop));
      refuseNul(line, nr, remaining.length() > 0);
      if (isComment(line)) {
        if (remaining.length() > 0) {
          start = stop + 1;
          if (last) {
            break;
          }
          continue; // a comment inside a continuation is skipped
        }
      } else {
        if (line.endsWith("\\")) {
          line = line.substring(0, line.length() - 1);
          if (!last) {
            remaining.append(line);
            remainingBytes = checkJoinedLength(remainingBytes + Utf8.encodedLength(line), nr);
            start = stop + 1;
            continue;
          }
        }
        if (remaining.length() > 0) {
          checkJoinedLength(remainingBytes + Utf8.encodedLength(line), nr);
          line = remaining.append(line).toString();
          remaining.setLength(0);
          remainingBytes = 0;
        }
      }
      parseLine(line, nr);
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
    return line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == ';';
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

  private void parseLine(String line, int nr) {
    if (isComment(line)) {
      pending.add(new UnitComment(line));
    } else if (isGroup(line)) {
      String name = line.substring(1, line.indexOf(']'));
      if (name.isEmpty() || !isGroupName(name)) {
        throw new ParseException(source, nr, "invalid group name: " + Shown.value(name, 80));
      }
      current = sectionNamed(name);
      if (!pending.isEmpty() && pending.get(0).isBlank()) {
        pending.remove(0); // the writer puts one blank line between sections
      }
      flushInto(true);
    } else if (line.indexOf('=') > 0) {
      if (current == null) {
        throw new ParseException(source, nr, "key file does not start with a group");
      }
      int eq = line.indexOf('=');
      int keyEnd = eq;
      while (keyEnd > 0 && isByteSpace(line.charAt(keyEnd - 1))) {
        keyEnd--;
      }
      String key = line.substring(0, keyEnd);
      String keyProblem = UnitSyntax.keyProblem(key);
      if (keyProblem != null) {
        throw new ParseException(source, nr, "invalid key name '" + Shown.value(key, 80) + "': " + keyProblem);
      }
      int valueStart = eq + 1;
      while (valueStart < line.length() && isByteSpace(line.charAt(valueStart))) {
        valueStart++;
      }
      String value = line.substring(valueStart);
      flushInto(false);
      current.add(key, value);
    } else {
      throw new ParseException(
          source,
          nr,
          "file contains line " + nr + ": \u201c" + line
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
    return byName.computeIfAbsent(name, n -> {
      Section.Builder s = Section.builder(n);
      sections.add(s);
      return s;
    });
  }

  private void flushInto(boolean asHeaderComments) {
    for (UnitComment c : pending) {
      if (asHeaderComments) {
        current.headerComment(c);
      } else {
        current.line(c);
      }
    }
    pending = new ArrayList<>();
  }
}
