package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A line for which {@link SyntaxParser#startsWithFlag} is false is taken whole, without reading it
 * byte by byte: {@link SyntaxParser#extractFlags} gives it back with no flags on generated lines,
 * and reads a line from an offset as it reads the line alone.
 */
class ExtractFlagsTest {
  private static final String[] PIECES = {"-", "--", "--mount=type=cache", "a", " ", "\t", "\u000B", "\u0085",
      "\u00A0", "\u00e9", "\u2028", "\ud83d\ude00", "\"", "'", "\\", "=", "x y"};

  @Test
  void theShortcutGivesWhatTheByteReadingGives() {
    Random random = new Random(53);
    int shortcuts = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(6);
      for (int i = 0; i < length; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String line = b.toString();
      List<String> flags = new ArrayList<>();
      String rest = SyntaxParser.extractFlags(line, 0, flags);
      List<String> atOffset = new ArrayList<>();
      assertThat(SyntaxParser.extractFlags("RUN " + line, 4, atOffset)).as("line '%s'", line).isEqualTo(rest);
      assertThat(atOffset).as("line '%s'", line).isEqualTo(flags);
      if (!SyntaxParser.startsWithFlag(line, 0)) {
        assertThat(rest).as("line '%s'", line).isEqualTo(line);
        assertThat(flags).as("line '%s'", line).isEmpty();
        shortcuts++;
      }
    }
    assertThat(shortcuts).isBetween(20_000, 190_000);
  }

  @Test
  void aLoneSurrogateIsRefusedWhereTheByteReadingWroteAQuestionMark() {
    // the byte reading encoded the rest of the line, turning "echo \ud800x" into "echo ?x"
    assertThatThrownBy(() -> Containerfile.parse("C", "FROM a\nRUN echo \ud800x\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("C:2: a lone surrogate U+D800 at column 10: the text is not valid Unicode and has no UTF-8 form");
    assertThat(Containerfile.parse("C", "FROM a\nRUN echo \ud83d\ude00\n").toString()).contains("\ud83d\ude00");
  }
}
