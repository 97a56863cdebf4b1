package io.tankos.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecWordsTest {

  @Test
  void splitsOnWhitespaceAndUnquotes() {
    assertThat(ExecWords.split("  a\tb  \"c d\" 'e f'  ")).containsExactly("a", "b", "c d", "e f");
  }

  @Test
  void adjacentQuotedPartsJoin() {
    assertThat(ExecWords.split("'it''s' x\"y\"z")).containsExactly("its", "xyz");
  }

  @Test
  void emptyQuotedWordEndsTheSplit() {
    assertThat(ExecWords.split("a \"\" last")).containsExactly("a");
    assertThat(ExecWords.split("\"\"")).isEmpty();
  }

  @Test
  void recognisedEscapes() {
    assertThat(ExecWords.split("\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\'\\s"))
        .containsExactly("\u0007\b\f\n\r\t\u000b\\\"' ");
    assertThat(ExecWords.split("\\x41\\u00e9\\U0001F600\\101")).containsExactly("Aé\uD83D\uDE00A");
    assertThat(ExecWords.split("\"a\\\"b\"")).containsExactly("a\"b");
  }

  @Test
  void unknownEscapeIsAnError() {
    assertThatThrownBy(() -> ExecWords.split("echo \\d")).isInstanceOf(ExecWords.SplitException.class);
    assertThatThrownBy(() -> ExecWords.split("\\$HOME")).isInstanceOf(ExecWords.SplitException.class);
    assertThatThrownBy(() -> ExecWords.split("\\x00")).isInstanceOf(ExecWords.SplitException.class);
    assertThatThrownBy(() -> ExecWords.split("\\x4")).isInstanceOf(ExecWords.SplitException.class);
    assertThatThrownBy(() -> ExecWords.split("\\400")).isInstanceOf(ExecWords.SplitException.class);
    assertThat(ExecWords.isSplittable("a \\;")).isFalse();
  }

  @Test
  void relaxedEnds() {
    assertThat(ExecWords.split("a \"unterminated b")).containsExactly("a", "unterminated b");
    assertThat(ExecWords.split("a b\\")).containsExactly("a", "b");
    assertThat(ExecWords.split("a\0b c")).containsExactly("a");
  }

  @Test
  void quotesOnlyWhatNeedsIt() {
    assertThat(ExecWords.quote(List.of("sh", "-c", "echo 'hi there'")))
        .isEqualTo("sh -c \"echo 'hi there'\"");
    assertThat(ExecWords.quote(List.of("$HOME", "100%", ";"))).isEqualTo("$HOME 100% ;");
    assertThat(ExecWords.quoteWord("a\\b\"c\nd\te")).isEqualTo("\"a\\\\b\\\"c\\nd\\te\"");
    assertThat(ExecWords.quoteWord("\u0001")).isEqualTo("\"\\x01\"");
  }

  @Test
  void rejectsUnwritableWords() {
    assertThatThrownBy(() -> ExecWords.quote(List.of("a", ""))).hasMessageContaining("word 1");
    assertThatThrownBy(() -> ExecWords.quoteWord("a\0")).hasMessageContaining("NUL");
    assertThat(ExecWords.wordProblem("\uD800")).contains("surrogate");
  }

  @Test
  void splitOfQuoteIsIdentity() {
    Seeded.cases("splitOfQuoteIsIdentity", words())
        .tries(1000)
        .check(
            words -> {
              String line = ExecWords.quote(words);
              assertThat(ExecWords.split(line)).isEqualTo(words);
              assertThat(UnitSyntax.valueProblem(line)).isNull();
              assertThat(line).doesNotContain("\n");
            });
  }

  @Test
  void quoteIsEachWordQuotedOrTheFirstProblem() {
    Gen<String> anyWord =
        Gen.oneOf(
            Gen.strings(Chars.of(" \t\"'\\;abc\u0001\u0000\uD800\uDC00"), 0, 6),
            Gen.constant(""));
    Seeded.cases("quoteIsEachWordQuotedOrTheFirstProblem", anyWord.list(0, 4))
        .tries(2000)
        .check(
            words -> {
              String problem = null;
              for (int i = 0; i < words.size() && problem == null; i++) {
                String p = ExecWords.wordProblem(words.get(i));
                problem = p == null ? null : "word " + i + ": " + p;
              }
              if (problem == null) {
                StringBuilder b = new StringBuilder();
                for (String w : words) {
                  b.append(b.length() == 0 ? "" : " ").append(ExecWords.quoteWord(w));
                }
                assertThat(ExecWords.quote(words)).isEqualTo(b.toString());
              } else {
                assertThatThrownBy(() -> ExecWords.quote(words))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage(problem);
              }
            });
  }

  @Test
  void splitNeverThrowsAnythingButSplitException() {
    Seeded.cases("splitNeverThrowsAnythingButSplitException", raw())
        .tries(1000)
        .check(
            text -> {
              try {
                List<String> words = ExecWords.split(text);
                assertThat(words).doesNotContain("");
              } catch (ExecWords.SplitException e) {
                assertThat(e.index()).isBetween(0, text.length());
              }
            });
  }

  private static Gen<List<String>> words() {
    Gen<String> word =
        Gen.oneOf(
                Gen.strings(Chars.of(" \t\n\r\"'\\;$%=,:abc\u0001\u007f\u0085\u00a0\u2028é"), 1, 12),
                Gen.strings(Chars.any(), 1, 12))
            .filter(s -> ExecWords.wordProblem(s) == null);
    return word.list(0, 6);
  }

  private static Gen<String> raw() {
    return Gen.oneOf(
        Gen.strings(Chars.of(" \t\"'\\xuU0a7f;"), 0, 20), Gen.strings(Chars.any(), 0, 20));
  }
}
