package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser and the writer skip the heredoc lexer on a line that cannot hold a heredoc word
 * ({@link ShellLexer#mayHoldHeredoc}) or nest too deep ({@link ShellLexer#mayNestTooDeep}): on
 * generated lines made of the lexer's special pieces, the lexer finds no heredoc and stays within
 * the limit wherever the shortcut says so.
 */
class HeredocShortcutTest {
  private static final String[] PIECES = {"<", "<<", "<<-", "$", "${", "}", "${X:-", "${X:+", "$X", "\"", "'",
      "\\", "EOF", " ", "\t", "X", "1", "-", "\u00e9", "\\<", "\"<\"", "'<'"};

  /** The heredocs the parser's full path finds in a line, or null when it went over the limit. */
  private static List<Heredoc> lexed(String line) {
    List<String> words;
    try {
      words = ShellLexer.heredocFinder().process(line).words();
    } catch (ShellLexer.LexException e) {
      if (e.limit()) {
        return null;
      }
      words = List.of();
    }
    List<Heredoc> out = new ArrayList<>();
    for (String w : words) {
      try {
        Heredoc h = SyntaxParser.heredocFromWord(w);
        if (h != null) {
          out.add(h);
        }
      } catch (ShellLexer.LexException e) {
        return null;
      }
    }
    return out;
  }

  @Test
  void aSkippedLineHasNoHeredocAndStaysWithinTheLimit() {
    Random random = new Random(47);
    int skipped = 0;
    int found = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String line = b.toString();
      List<Heredoc> full = lexed(line);
      if (full != null && !full.isEmpty()) {
        found++;
      }
      if (!ShellLexer.mayHoldHeredoc(line)) {
        assertThat(ContainerfileWriter.heredocWords(line)).as(line).isZero();
        if (!ShellLexer.mayNestTooDeep(line)) {
          skipped++;
          assertThat(full).as("line '%s'", line).isEmpty();
        }
      }
    }
    assertThat(skipped).as("skipped lines").isBetween(20_000, 180_000);
    assertThat(found).as("lines with a heredoc").isGreaterThan(1_000);
  }

  @Test
  void theShortcutIsConservative() {
    assertThat(lexed("cat <<EOF")).hasSize(1);
    assertThat(ShellLexer.mayHoldHeredoc("cat <<EOF")).isTrue();
    // an unset variable's default is kept as written, so no heredoc, but the line is still lexed
    assertThat(lexed("${X:-<}<EOF")).isEmpty();
    assertThat(ShellLexer.mayHoldHeredoc("${X:-<}<EOF")).isTrue();
    assertThat(ShellLexer.mayHoldHeredoc("echo a < b")).isFalse();
    assertThat(ShellLexer.mayNestTooDeep("$".repeat(32))).isFalse();
    assertThat(ShellLexer.mayNestTooDeep("$".repeat(33))).isTrue();
  }
}
