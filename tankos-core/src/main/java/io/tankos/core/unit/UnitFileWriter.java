package io.tankos.core.unit;

import java.util.List;

/**
 * Writes unit-file text. It checks nothing: a {@link UnitFile} is checked when it is built, so
 * writing it cannot fail.
 */
final class UnitFileWriter {
  private UnitFileWriter() {}

  static String render(List<Section> sections, List<UnitComment> fileComments) {
    StringBuilder out = new StringBuilder(length(sections, fileComments));
    for (UnitComment c : fileComments) {
      out.append(c.text()).append('\n');
    }
    boolean first = true;
    for (Section s : sections) {
      // the parser drops one blank line before each header (the writer's separator); a first
      // section whose comments begin with a blank line gets one too, so that the blank survives
      if (!first || (!s.comments().isEmpty() && s.comments().get(0).isBlank())) {
        out.append('\n');
      }
      first = false;
      for (UnitComment c : s.comments()) {
        out.append(c.text()).append('\n');
      }
      out.append('[').append(s.name()).append("]\n");
      for (UnitLine line : s.lines()) {
        if (line instanceof Entry e) {
          out.append(e.key()).append('=').append(e.value()).append('\n');
        } else {
          out.append(((UnitComment) line).text()).append('\n');
        }
      }
    }
    return out.toString();
  }

  /**
   * The length of the text {@link #render} writes (at most one more, for the blank line a first
   * section may get): the builder holds it from the start instead of growing to it by copies.
   */
  private static int length(List<Section> sections, List<UnitComment> fileComments) {
    long n = 0;
    for (UnitComment c : fileComments) {
      n += c.text().length() + 1;
    }
    for (Section s : sections) {
      n += 1 + s.name().length() + 3; // a blank line, [NAME] and its newline
      for (UnitComment c : s.comments()) {
        n += c.text().length() + 1;
      }
      for (UnitLine line : s.lines()) {
        n += line instanceof Entry e ? e.key().length() + e.value().length() + 2
            : ((UnitComment) line).text().length() + 1;
      }
    }
    return (int) Math.min(n, Integer.MAX_VALUE - 16);
  }
}
