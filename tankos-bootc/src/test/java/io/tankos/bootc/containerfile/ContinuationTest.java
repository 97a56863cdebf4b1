package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link SyntaxParser#continuation} reads BuildKit's continuation pattern by hand: compared here
 * with that pattern as Go reads it ({@code $} is the end of the text, written {@code \z} in Java).
 */
class ContinuationTest {
  private static final String CHARS = "a\\` \t\u2028\u0085\u00e9\ud83d\ude00x";

  @Test
  void continuationIsWhereGosPatternFindsIt() {
    Random random = new Random(13);
    int continued = 0;
    for (char esc : new char[] {'\\', '`'}) {
      String e = Pattern.quote(String.valueOf(esc));
      Pattern go = Pattern.compile("([^" + (esc == '\\' ? "\\\\" : "`") + "])" + e + "[ \\t]*\\z|^" + e + "[ \\t]*\\z");
      for (int n = 0; n < 100_000; n++) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(7);
        for (int i = 0; i < length; i++) {
          b.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        String line = b.toString();
        Matcher m = go.matcher(line);
        int expected = !m.find() ? -1 : m.group(1) == null ? m.start() : m.end(1);
        continued += expected >= 0 ? 1 : 0;
        assertThat(SyntaxParser.continuation(line, esc)).as("escape %s, line '%s'", esc, line).isEqualTo(expected);
      }
    }
    assertThat(continued).as("continued lines of 200,000").isBetween(10_000, 190_000);
  }

  @Test
  void aLineEndingInEscapeAndALineSeparatorIsNotContinued() {
    assertThat(SyntaxParser.continuation("RUN a \\\u2028", '\\')).isEqualTo(-1);
    assertThat(SyntaxParser.continuation("RUN a \\ \t", '\\')).isEqualTo(6);
    assertThat(SyntaxParser.continuation("\\", '\\')).isZero();
    assertThat(SyntaxParser.continuation("RUN a \\\\", '\\')).isEqualTo(-1);
    // podman 4.3.1 builds this as two RUN steps (checked by hand: "STEP 2/3: RUN echo one \ "),
    // the first command ending in the escape once the separator is trimmed; the model cannot
    // write that back, so the parse refuses it, where it used to join the two RUN lines
    assertThatThrownBy(() -> Containerfile.parse("Containerfile",
        "FROM localhost/base\nRUN echo one \\\u2028\nRUN echo two\n"))
        .hasMessageContaining("stage[0].RUN[0].command: a shell-form command cannot end in the escape");
  }

  @Test
  void aContinuedFileHasALineNumberForEachElementOnly() {
    Containerfile f = Containerfile.parse("Containerfile", "FROM a\nRUN echo \\\n  hi\n\n\n");
    int n = f.elements().size(); // FROM, RUN and the blank lines: fewer than the text's 5 lines
    assertThat(n).isLessThan(5);
    assertThat(f.lineOf(0)).isEqualTo(1);
    assertThat(f.lineOf(1)).isEqualTo(2);
    assertThatThrownBy(() -> f.lineOf(n)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
