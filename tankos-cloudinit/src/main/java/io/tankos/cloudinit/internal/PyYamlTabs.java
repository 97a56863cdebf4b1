package io.tankos.cloudinit.internal;

import io.tankos.core.validation.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Tabs where PyYAML refuses them. PyYAML skips only spaces between tokens and ends a plain scalar at
 * a tab ("found character '\t' that cannot start any token"), so a tab is accepted only inside a
 * quoted or block scalar and in a comment; SnakeYAML also takes tabs as separators and inside plain
 * scalars ({@code hostname: tank<TAB>01} loads there, cloud-init rejects the file). As an event
 * stream this records where the quoted and block scalars are; {@link #check(String)} then finds a
 * tab outside them and outside comments, in one pass.
 */
final class PyYamlTabs extends EventWatcher {
  private final String source;
  private final List<long[]> spans = new ArrayList<>();

  PyYamlTabs(Parser delegate, String source) {
    super(delegate);
    this.source = source;
  }

  @Override
  void seen(Event e) {
    if (e instanceof ScalarEvent s && s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
        && s.getStartMark() != null && s.getEndMark() != null) {
      spans.add(new long[] {s.getStartMark().getIndex(), s.getEndMark().getIndex()});
    }
  }

  /**
   * Checks the text the events came from, after the whole document was read.
   *
   * @param text the YAML text
   * @throws ParseException at the first tab PyYAML refuses
   */
  void check(String text) {
    if (text.indexOf('\t') < 0) {
      return;
    }
    int span = 0;
    long codePoint = 0;
    int line = 1;
    int lineStart = 0;
    boolean comment = false;
    for (int i = 0; i < text.length(); codePoint++) {
      int c = text.codePointAt(i);
      while (span < spans.size() && spans.get(span)[1] <= codePoint) {
        span++;
      }
      boolean inScalar = span < spans.size() && spans.get(span)[0] <= codePoint;
      if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
        if (!(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
          line++;
          lineStart = i + 1;
        }
        comment = false;
      } else if (c == '#' && !inScalar && (i == lineStart || text.charAt(i - 1) == ' '
          || text.charAt(i - 1) == '\t')) {
        comment = true;
      } else if (c == '\t' && !inScalar && !comment) {
        throw new ParseException(source, line, "tab at column " + (i - lineStart + 1) + ": PyYAML"
            + " (and so cloud-init) accepts tabs only in quoted and block scalars and in comments"
            + " (found character '\\t' that cannot start any token)");
      }
      i += Character.charCount(c);
    }
  }
}
