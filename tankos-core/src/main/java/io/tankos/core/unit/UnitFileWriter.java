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
    renderTo(sections, fileComments, out);
    return out.toString();
  }

  /** Appends what {@link #render} returns, growing {@code out} once to its length. */
  static void renderTo(List<Section> sections, List<UnitComment> fileComments, StringBuilder out) {
    out.ensureCapacity(out.length() + length(sections, fileComments));
    for (int i = 0; i < fileComments.size(); i++) { // indexed loops: no iterator per list
      out.append(fileComments.get(i).text()).append('\n');
    }
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      List<UnitComment> comments = s.comments();
      // the parser drops one blank line before each header (the writer's separator); a first
      // section whose comments begin with a blank line gets one too, so that the blank survives
      if (i > 0 || (!comments.isEmpty() && comments.get(0).isBlank())) {
        out.append('\n');
      }
      for (int j = 0; j < comments.size(); j++) {
        out.append(comments.get(j).text()).append('\n');
      }
      out.append('[').append(s.name()).append("]\n");
      List<UnitLine> lines = s.lines();
      for (int j = 0; j < lines.size(); j++) {
        if (lines.get(j) instanceof Entry e) {
          out.append(e.key()).append('=').append(e.value()).append('\n');
        } else {
          out.append(((UnitComment) lines.get(j)).text()).append('\n');
        }
      }
    }
  }

  /** The exact length of {@link #render}'s text. */
  static int length(List<Section> sections, List<UnitComment> fileComments) {
    long n = 0;
    for (int i = 0; i < fileComments.size(); i++) {
      n += fileComments.get(i).text().length() + 1;
    }
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      List<UnitComment> comments = s.comments();
      boolean blankBefore = i > 0 || (!comments.isEmpty() && comments.get(0).isBlank()); // as renderTo
      n += (blankBefore ? 1 : 0) + s.name().length() + 3; // [NAME] and its newline
      for (int j = 0; j < comments.size(); j++) {
        n += comments.get(j).text().length() + 1;
      }
      List<UnitLine> lines = s.lines();
      for (int j = 0; j < lines.size(); j++) {
        n += lines.get(j) instanceof Entry e ? e.key().length() + e.value().length() + 2
            : ((UnitComment) lines.get(j)).text().length() + 1;
      }
    }
    return (int) Math.min(n, Integer.MAX_VALUE - 16);
  }
}
