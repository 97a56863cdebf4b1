package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.TargetPolicy;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectiveLine} reads a directive as BuildKit's {@code DirectiveParser.ParseLine} does:
 * compared here with its pattern written in Java with Go's meanings ({@code \s} is
 * {@code [\t\n\f\r ]}, {@code .} is any character but a line feed, {@code $} is the end of the text).
 */
class DirectiveLineTest {
  private static final Pattern GO = Pattern.compile(
      "([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*([^\\n]+?)[\\t\\n\\f\\r ]*\\z");
  private static final String[] PIECES = {"#", "escape", "syntax", "Check", "=", "`", "\\", "x", "1",
      " ", "\t", "\n", "\u000B", "\f", "\r", "\u0085", "\u00A0", "\u2028", "\u3000", "\ud83d\ude00", "a=b"};

  private static DirectiveLine goRead(String line) {
    if (!line.startsWith("#")) {
      return null;
    }
    Matcher m = GO.matcher(GoText.trimLeftSpace(line.substring(1)));
    return m.matches() ? new DirectiveLine(m.group(1).toLowerCase(Locale.ROOT), m.group(2)) : null;
  }

  @Test
  void readsWhatGosPatternReads() {
    Random random = new Random(29);
    int directives = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder(random.nextInt(4) == 0 ? "" : "#");
      int length = random.nextInt(8);
      for (int i = 0; i < length; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String line = b.toString();
      DirectiveLine expected = goRead(line);
      directives += expected == null ? 0 : 1;
      assertThat(DirectiveLine.read(line)).as("line '%s'", line).isEqualTo(expected);
    }
    assertThat(directives).as("directives among 200,000 lines").isBetween(10_000, 190_000);
  }

  @Test
  void goMeaningsWhereJavasPatternDiffered() {
    assertThat(DirectiveLine.read("#\u00A0escape=`")).isEqualTo(new DirectiveLine("escape", "`"));
    assertThat(DirectiveLine.read("# escape\u000B=`")).isNull();
    assertThat(DirectiveLine.read("# escape=`\u000B")).isEqualTo(new DirectiveLine("escape", "`\u000B"));
    assertThat(DirectiveLine.read("# syntax=a\u2028b")).isEqualTo(new DirectiveLine("syntax", "a\u2028b"));
    assertThat(DirectiveLine.read("# syntax=a\u0085")).isEqualTo(new DirectiveLine("syntax", "a\u0085"));
    assertThat(DirectiveLine.read("# escape= ")).isEqualTo(new DirectiveLine("escape", " "));
    assertThat(DirectiveLine.read("# escape=")).isNull();
    assertThat(DirectiveLine.read("# Syntax = docker/dockerfile:1 \t")).isEqualTo(
        new DirectiveLine("syntax", "docker/dockerfile:1"));
  }

  @Test
  void theParseFollowsBuildKitOrRefusesWithTheReason() {
    assertThat(Containerfile.parse("C", "#\u00A0escape=`\nFROM a\n").escape()).isEqualTo('`');
    // a vertical tab before '=' is not Go's \s: the line is a comment and the escape stays '\'
    Containerfile vt = Containerfile.parse("C", "# escape\u000B=`\nFROM a\n");
    assertThat(vt.escape()).isEqualTo('\\');
    assertThat(vt.directives()).isEmpty();
    // Java's pattern stopped before NEL and trimmed VT: tankos read escape '`' where BuildKit fails
    assertThatThrownBy(() -> Containerfile.parse("C", "# escape=`\u0085\nFROM a\n"))
        .hasMessageStartingWith("C:1: invalid escape token '`\u0085'");
    assertThatThrownBy(() -> Containerfile.parse("C", "# escape=`\u000B\nFROM a\n"))
        .hasMessageStartingWith("C:1: invalid escape token");
    assertThatThrownBy(() -> Containerfile.parse("C", "# escape= \nFROM a\n"))
        .hasMessageStartingWith("C:1: invalid escape token ' '");
    // a value BuildKit reads but the model cannot write back is refused, not trimmed
    assertThatThrownBy(() -> Containerfile.parse("C", "# syntax=docker/dockerfile:1\u000B\nFROM a\n"))
        .hasMessageStartingWith("C:1: directive syntax: the value must be one line")
        .hasMessageContaining("BuildKit reads the value as \"docker/dockerfile:1\\v\"");
    assertThat(Containerfile.parse("C", "# syntax=docker/dockerfile:1 \r\nFROM a\n").directives())
        .containsExactly(new Directive("syntax", "docker/dockerfile:1"));
  }

  @Test
  void theDocumentWritesWhatBothBuildersReadAsGiven() {
    Containerfile cf = Containerfile.builder().syntax("docker/dockerfile:1").check("skip=all").escape('`')
        .from("a").build();
    assertThat(cf.toString()).isEqualTo("# escape=`\n# syntax=docker/dockerfile:1\n# check=skip=all\nFROM a\n");
    assertThat(cf.directives()).extracting(Directive::name).containsExactly("escape", "syntax", "check");
    assertThat(Containerfile.parse("C", "# syntax = docker/dockerfile\n# escape = `\nFROM a\n"))
        .hasToString("# escape=`\n# syntax=docker/dockerfile\nFROM a\n");
    // a first comment shaped as a known directive would be read as one, by BuildKit and podman
    for (String text : new String[] {" escape=`", "ESCAPE = `", " syntax=x", "\u00A0check=a", " escape=`xyz"}) {
      assertThatThrownBy(() -> Containerfile.builder().element(new Comment(text)).from("a").build())
          .as(text).hasMessageContaining("element[0]: the comment #" + text + " would be read as a parser directive");
      assertThatThrownBy(() -> Containerfile.builder().syntax("x").element(new Comment(text)).from("a").build())
          .as(text).hasMessageContaining("would be read as a parser directive");
    }
    for (String text : new String[] {" other=1", " escape", "", " escape=`"}) {
      Containerfile ok = Containerfile.builder().comment("other=1").element(new Comment(text)).from("a").build();
      Containerfile back = Containerfile.parse("C", ok.toString());
      assertThat(back.directives()).isEmpty();
      assertThat(back.elements().subList(0, 2)).isEqualTo(ok.elements().subList(0, 2));
    }
  }

  @Test
  void aRawInstructionWrittenForTheBacktickIsNotRewrittenForBuildah() {
    // kept as written, its words use the backtick: with the directive dropped, Buildah would read
    // them with a backslash
    Containerfile cf = Containerfile.parseLenient("C", "# escape=`\nFROM a\nCOPY --bogus=1 `$X /d/\n");
    assertThat(cf.elements().get(1)).isInstanceOf(RawInstruction.class);
    assertThatThrownBy(() -> cf.render(BuilderTarget.podman(4, 3), TargetPolicy.REWRITE))
        .hasMessageContaining("stage[0].COPY[0]: is kept as written for the escape `");
    assertThat(cf.render(BuilderTarget.buildkit(), TargetPolicy.REWRITE).text()).isEqualTo(cf.toString());
  }
}
