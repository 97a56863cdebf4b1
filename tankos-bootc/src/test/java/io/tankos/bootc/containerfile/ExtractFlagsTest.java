package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SyntaxParser#extractFlags} returns a line that starts with no flag without reading it
 * byte by byte: the same rest and flags as the byte-by-byte reading on generated lines.
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
      List<String> fast = new ArrayList<>();
      List<String> slow = new ArrayList<>();
      String rest = SyntaxParser.extractFlags(line, fast);
      assertThat(rest).as("line '%s'", line).isEqualTo(SyntaxParser.extractFlagsByByte(line, slow));
      assertThat(fast).as("line '%s'", line).isEqualTo(slow);
      shortcuts += rest == line && slow.isEmpty() ? 1 : 0;
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
