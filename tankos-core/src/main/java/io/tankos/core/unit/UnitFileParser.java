package io.tankos.core.unit;

import io.tankos.core.validation.ParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads unit-file text the way Podman's Quadlet parser does. */
final class UnitFileParser {
  private final String source;
  private final List<Section.Builder> sections = new ArrayList<>();
  private Section.Builder current;
  private List<UnitComment> pending = new ArrayList<>();

  private UnitFileParser(String source) {
    this.source = source;
  }

  static UnitFile parse(String source, String text) {
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
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    String[] lines = body.split("\n", -1);
    StringBuilder remaining = new StringBuilder();
    for (int nr = 0; nr < lines.length; nr++) {
      String line = UnitSyntax.trimSpace(lines[nr]);
      if (isComment(line)) {
        if (remaining.length() > 0) {
          continue; // a comment inside a continuation is skipped
        }
      } else {
        if (line.endsWith("\\")) {
          line = line.substring(0, line.length() - 1);
          if (nr != lines.length - 1) {
            remaining.append(line);
            continue;
          }
        }
        if (remaining.length() > 0) {
          line = remaining + line;
          remaining.setLength(0);
        }
      }
      parseLine(line, nr + 1);
    }
    if (current != null) {
      flushInto(false);
    }
  }

  private static boolean isComment(String line) {
    return line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == ';';
  }

  private static boolean isGroup(String line) {
    return UnitSyntax.isGroupLine(line);
  }

  private void parseLine(String line, int nr) {
    if (isComment(line)) {
      pending.add(new UnitComment(line));
    } else if (isGroup(line)) {
      String name = line.substring(1, line.indexOf(']'));
      if (name.isEmpty() || name.codePoints().anyMatch(c -> c == '[' || UnitSyntax.isControl(c))) {
        throw new ParseException(source, nr, "invalid group name: " + name);
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
        throw new ParseException(source, nr, "invalid key name '" + key + "': " + keyProblem);
      }
      int valueStart = eq + 1;
      while (valueStart < line.length() && isByteSpace(line.charAt(valueStart))) {
        valueStart++;
      }
      flushInto(false);
      current.add(key, line.substring(valueStart));
    } else {
      throw new ParseException(
          source,
          nr,
          "file contains line " + nr + ": \u201c" + line
              + "\u201d which is not a key-value pair, group, or comment");
    }
  }

  /** Go's {@code unicode.IsSpace(rune(line[i]))} on a byte: ASCII white space (and 0x85, 0xA0 bytes). */
  private static boolean isByteSpace(char c) {
    return c < 0x80 && UnitSyntax.isSpace(c);
  }

  private Section.Builder sectionNamed(String name) {
    for (Section.Builder s : sections) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    Section.Builder s = Section.builder(name);
    sections.add(s);
    return s;
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
