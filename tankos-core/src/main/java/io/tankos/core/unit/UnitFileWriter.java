package io.tankos.core.unit;

import java.util.List;

/**
 * Writes unit-file text. It checks nothing: a {@link UnitFile} is checked when it is built, so
 * writing it cannot fail.
 */
final class UnitFileWriter {
  private UnitFileWriter() {}

  static String render(List<Section> sections, List<UnitComment> fileComments) {
    StringBuilder out = new StringBuilder();
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
}
