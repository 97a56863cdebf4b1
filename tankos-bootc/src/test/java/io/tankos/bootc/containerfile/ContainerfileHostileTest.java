package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import io.tankos.testkit.HostileBytes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile Containerfiles: deep {@code ${a:-${b:-...}}}, many heredocs, overlong and too many
 * lines, too many bytes, long continuations, ONBUILD chains, deep JSON, malformed UTF-8 and NUL.
 * Each gives a one-line typed error with file, line and limit, or parses; never an Error. Tag
 * {@code hostile}: runs in the small-heap fork.
 */
@Tag("hostile")
class ContainerfileHostileTest {
  private static final String FILE = "# syntax=docker/dockerfile:1\nFROM quay.io/fedora/fedora-bootc:42\n"
      + "LABEL org.opencontainers.image.title=\"caf\u00e9 \u2713\"\n"
      + "RUN dnf -y install tmux \\\n    && echo \u4e2d\u6587\nCOPY <<EOF /etc/motd\nhello \uD83D\uDE00\nEOF\n";

  private static final List<BiFunction<String, String, Containerfile>> PARSERS =
      List.of(Containerfile::parse, Containerfile::parseLenient);

  private static String nested(int depth) {
    return "${a:-".repeat(depth) + "x" + "}".repeat(depth);
  }

  /**
   * Words tankos lexes while parsing (RUN, COPY and ADD lines are searched for heredocs; COPY
   * sources and destination are checked with the builder's lexer) are bounded by the limit; values
   * the parser keeps as written (ENV, LABEL, WORKDIR, USER) are not expanded, so any depth reads
   * back exactly.
   */
  @TestFactory
  Stream<DynamicTest> nestedExpansionsUpToTheLimit() {
    int max = ContainerfileLimits.MAX_EXPANSION_DEPTH;
    String[] lexed = {"RUN echo %s\n", "COPY %s /dst/\n", "ADD %s /dst/\n", "ONBUILD RUN echo %s\n"};
    String[] kept = {"ENV A=%s\n", "LABEL l=\"%s\"\n", "WORKDIR /w/%s\n", "USER %s\n"};
    Stream<DynamicTest> limited = Stream.of(lexed).flatMap(form -> Stream.of(max, max + 1, 4000)
        .map(depth -> DynamicTest.dynamicTest(form.trim() + " at depth " + depth, () -> {
          String text = "FROM scratch\n" + String.format(form, nested(depth));
          for (BiFunction<String, String, Containerfile> parse : PARSERS) {
            if (depth <= max) {
              assertThat(parse.apply("Containerfile", text).elements()).hasSize(2);
            } else {
              assertThatThrownBy(() -> parse.apply("Containerfile", text))
                  .isExactlyInstanceOf(LimitExceededException.class)
                  .hasMessage("Containerfile:2: variable expansions nested more than 32 levels"
                      + " deep (limit ContainerfileLimits.MAX_EXPANSION_DEPTH = 32)");
            }
          }
        })));
    Stream<DynamicTest> asWritten = Stream.of(kept).map(form ->
        DynamicTest.dynamicTest(form.trim() + " at depth 4000", () -> {
          String text = "FROM scratch\n" + String.format(form, nested(4000));
          Containerfile cf = Containerfile.parse("Containerfile", text);
          assertThat(cf.toString()).isEqualTo(text);
        }));
    return Stream.concat(limited, asWritten);
  }

  @Test
  void theReported24KilobyteFileFailsCleanly() {
    String text = "FROM scratch\nARG a\nRUN echo " + nested(24 * 1024 / 6) + "\n";
    assertThat(text.length()).isGreaterThan(24 * 1024);
    assertThatThrownBy(() -> Containerfile.parse("Containerfile", bytes(text)))
        .isExactlyInstanceOf(LimitExceededException.class)
        .hasMessageContaining("ContainerfileLimits.MAX_EXPANSION_DEPTH");
  }

  @Test
  void heredocsPerInstructionAreBounded() {
    int max = ContainerfileLimits.MAX_HEREDOCS;
    for (int n : new int[] {max, max + 1, 5000}) {
      StringBuilder b = new StringBuilder("FROM scratch\nRUN");
      for (int i = 0; i < n; i++) {
        b.append(" <<E").append(i);
      }
      b.append('\n');
      for (int i = 0; i < n; i++) {
        b.append("body ").append(i).append("\nE").append(i).append('\n');
      }
      if (n <= max) {
        Run run = (Run) Containerfile.parse("Containerfile", b.toString()).elements().get(1);
        assertThat(run.heredocs()).hasSize(n);
      } else {
        assertThatThrownBy(() -> Containerfile.parseLenient("Containerfile", b.toString()))
            .isExactlyInstanceOf(LimitExceededException.class)
            .hasMessage("Containerfile:2: more than 64 heredocs on one instruction"
                + " (limit ContainerfileLimits.MAX_HEREDOCS = 64)");
      }
    }
  }

  @Test
  void linesAreBoundedInLengthAndNumber() {
    int max = ContainerfileLimits.MAX_LINE_BYTES;
    String prefix = "LABEL x=";
    String ok = "FROM scratch\n" + prefix + "y".repeat(max - prefix.length()) + "\n";
    assertThat(Containerfile.parse("ok", ok).elements()).hasSize(2);
    String longer = "FROM scratch\n" + prefix + "y".repeat(max - prefix.length() + 1) + "\n";
    assertThatThrownBy(() -> Containerfile.parse("long", bytes(longer)))
        .isExactlyInstanceOf(LimitExceededException.class)
        .hasMessage("long:2: line is 65536 bytes long (limit ContainerfileLimits.MAX_LINE_BYTES"
            + " = 65535)");
    // counted in UTF-8 bytes
    String wide = "FROM scratch\n" + prefix + "\u00e9".repeat(max / 2) + "\n";
    assertThatThrownBy(() -> Containerfile.parse("wide", wide))
        .isExactlyInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("wide:2: line is ");
    String many = "FROM scratch\n" + "# c\n".repeat(ContainerfileLimits.MAX_LINES);
    assertThatThrownBy(() -> Containerfile.parse("many", many))
        .isExactlyInstanceOf(LimitExceededException.class)
        .hasMessage("many:100001: more than 100000 lines (limit ContainerfileLimits.MAX_LINES"
            + " = 100000)");
    byte[] big = new byte[ContainerfileLimits.MAX_FILE_BYTES + 1];
    assertThatThrownBy(() -> Containerfile.parse("big", big))
        .isExactlyInstanceOf(LimitExceededException.class)
        .hasMessage("big: larger than 4194304 bytes (limit ContainerfileLimits.MAX_FILE_BYTES"
            + " = 4194304)");
  }

  @Test
  void longContinuationsAreJoinedInLinearTime() {
    int lines = ContainerfileLimits.MAX_LINES - 10;
    String text = "FROM scratch\nRUN true \\\n" + " && echo abcdefghij \\\n".repeat(lines - 5) + " && true\n";
    Run run = (Run) Containerfile.parse("cont", text).elements().get(1);
    assertThat(run.command().toString()).hasSizeGreaterThan(20 * (lines - 5));
  }

  @Test
  void onbuildChainsAndDeepJsonAreNotRecursion() {
    String chain = "FROM scratch\n" + "ONBUILD ".repeat(8000) + "RUN true\n";
    assertThatThrownBy(() -> Containerfile.parse("onbuild", chain))
        .isExactlyInstanceOf(ParseException.class)
        .hasMessage("onbuild:2: ONBUILD isn't allowed as an ONBUILD trigger");
    assertThat(Containerfile.parseLenient("onbuild", chain).elements().get(1))
        .isInstanceOf(RawInstruction.class);
    String json = "FROM scratch\nRUN " + "[".repeat(30_000) + "\n";
    Run run = (Run) Containerfile.parse("json", json).elements().get(1);
    assertThat(run.command().toString()).contains("[[[[");
  }

  @Test
  void aDirectiveLineWithLongBlankRunsIsReadInLinearTime() {
    String text = "# syntax=a" + " ".repeat(60_000) + "b\nFROM scratch\n";
    assertThat(Containerfile.parse("d", text).directives()).hasSize(1);
  }

  @TestFactory
  Stream<DynamicTest> malformedUtf8IsRefusedWithLineAndOffset() {
    return HostileBytes.seeds().stream()
        .flatMap(seed -> HostileBytes.corruptions(seed, FILE, 15).stream())
        .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
          assertThatThrownBy(() -> Containerfile.parse("Containerfile", c.bytes()))
              .as(c.toString())
              .isExactlyInstanceOf(ParseException.class)
              .hasMessageStartingWith("Containerfile:" + c.line() + ": not valid UTF-8")
              .hasMessageContaining("byte offset " + c.offset());
          assertThatThrownBy(() -> Containerfile.parseLenient("Containerfile", c.bytes()))
              .as(c.toString())
              .hasMessageContaining("byte offset " + c.offset());
        }));
  }

  @TestFactory
  Stream<DynamicTest> nulIsRefusedWithLineAndColumn() {
    return HostileBytes.seeds().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random rnd = new Random(seed);
      for (int i = 0; i < 100; i++) {
        int at = rnd.nextInt(FILE.length() + 1);
        String text = FILE.substring(0, at) + "\0" + FILE.substring(at);
        int line = (int) FILE.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = at - FILE.lastIndexOf('\n', at - 1);
        for (BiFunction<String, String, Containerfile> parse : PARSERS) {
          assertThatThrownBy(() -> parse.apply("Containerfile", text))
              .as("seed %d, index %d", seed, at)
              .isExactlyInstanceOf(ParseException.class)
              .hasMessageStartingWith("Containerfile:" + line + ": NUL character at column "
                  + column + ";");
        }
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> controlCharactersInQuotedValuesReadBackExactly() {
    return HostileBytes.seeds().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random rnd = new Random(seed);
      for (int i = 0; i < 100; i++) {
        char c;
        do {
          c = HostileBytes.control(rnd);
        } while (c == 0 || c == '\n' || c == '\r' || c == 0x85);
        String text = "FROM scratch\nLABEL k=\"a" + c + "b\"\n";
        Containerfile cf = Containerfile.parse("ctl", bytes(text));
        Label label = (Label) cf.elements().get(1);
        assertThat(label.pairs().get(0).value().text()).as("seed %d, U+%04X", seed, (int) c)
            .isEqualTo("\"a" + c + "b\"");
        assertThat(Containerfile.parse("ctl", cf.toString()).elements())
            .as("seed %d, U+%04X", seed, (int) c).isEqualTo(cf.elements());
      }
    }));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
