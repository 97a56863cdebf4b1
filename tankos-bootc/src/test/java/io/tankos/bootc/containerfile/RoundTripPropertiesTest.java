package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generated Containerfiles with hostile values in every field: rendering then parsing gives back
 * what the builder would read from the model, and exec-form argv exactly.
 */
class RoundTripPropertiesTest {
  private static final String HOSTILE = "$'\"\\` \t{}<>#=,-[]:/;|&()*?!~%^@+.aZ09_\u00e9\u00a0\u2003\u0085\u2028\uD83D\uDE00";
  private static final Map<String, String> ENV = Map.of("X", "xv", "HOME", "/root");

  static Gen<String> hostile(int min) {
    return Gen.oneOf(
        Gen.strings(Chars.of(HOSTILE.replace("\uD83D\uDE00", "")), min, 12),
        Gen.strings(Chars.range(' ', '~'), min, 12));
  }

  static Gen<String> withBreaks() {
    return Gen.oneOf(hostile(0), hostile(0).map(s -> s + "\n" + s), hostile(1).map(s -> "\r" + s + "\uD83D\uDE00"));
  }

  static Gen<Containerfile> documents() {
    Gen<String> names = hostile(1).filter(n -> !n.contains("="));
    Gen<String> values = hostile(0);
    Gen<String> argNames = Gen.strings(Chars.range('A', 'Z'), 1, 6);
    Gen<Instruction> env = r -> Env.of(names.next(r), Word.literal(values.next(r)));
    Gen<Instruction> label = r -> Label.of(names.next(r), Word.literal(values.next(r)));
    Gen<Instruction> arg = r -> Arg.of(argNames.next(r), Word.literal(values.next(r)));
    Gen<List<String>> sources = withBreaks().filter(s -> !s.isEmpty()).list(1, 3);
    Gen<String> destinations = hostile(1);
    Gen<Instruction> copy =
        r -> {
          Copy.Builder b = Copy.builder();
          sources.next(r).forEach(b::source);
          return b.destination(destinations.next(r)).build();
        };
    Gen<Instruction> volume = hostile(1).list(1, 3).map(ps -> new Volume(ps.stream().map(Word::literal).toList(), false));
    Gen<Instruction> user = hostile(1).map(u -> new User(Word.literal(u)));
    Gen<Instruction> workdir = hostile(1).map(u -> new Workdir(Word.literal(u)));
    Gen<Instruction> signal = hostile(1).map(u -> new StopSignal(Word.literal(u)));
    Gen<Instruction> expose = hostile(1).filter(s -> s.codePoints().noneMatch(GoText::isSpace)).map(p -> new Expose(List.of(Word.literal(p))));
    Gen<Instruction> run = withBreaks().list(1, 4).map(a -> Run.builder().exec(a).build());
    Gen<Instruction> cmd = withBreaks().list(0, 4).map(a -> new Cmd(CommandForm.exec(a)));
    Gen<Instruction> entrypoint = withBreaks().list(1, 4).map(a -> new Entrypoint(CommandForm.exec(a)));
    Gen<Instruction> script = withBreaks().list(1, 4).map(ls -> Run.script(String.join("\n", ls) + "\n"));
    Gen<String> heredocs = withBreaks();
    Gen<String> heredocDestinations = hostile(1).filter(d -> d.codePoints().noneMatch(c -> GoText.isSpace(c) || "'\"\\`".indexOf(c) >= 0));
    Gen<Instruction> heredocCopy =
        r -> Copy.builder().heredoc(heredocs.next(r) + "\n").destination(heredocDestinations.next(r)).build();
    Gen<List<Instruction>> instructions =
        Gen.oneOf(env, label, arg, copy, volume, user, workdir, signal, expose, run, cmd, entrypoint, script, heredocCopy)
            .list(1, 8);
    Gen<Character> escapes = Gen.of('\\', '`');
    return r -> {
      List<Instruction> list = instructions.next(r);
      char escape = escapes.next(r);
      Containerfile.Builder b = Containerfile.builder();
      if (escape == '`') {
        b.escape('`');
      }
      b.from("scratch");
      list.forEach(b::instruction);
      return b.build();
    };
  }

  @Test
  void renderThenParseReadsTheSameValues() {
    Seeded.cases("renderThenParseReadsTheSameValues", documents())
        .tries(300)
        .check(RoundTripPropertiesTest::readsTheSameValues);
  }

  private static void readsTheSameValues(Containerfile built) {
    String text = built.toString();
    Containerfile parsed;
    try {
      parsed = Containerfile.parse("generated", text);
    } catch (RuntimeException e) {
      throw new AssertionError("cannot parse back:\n" + text, e);
    }
    assertThat(Semantics.of(parsed, ENV)).isEqualTo(Semantics.of(built, ENV));
    assertThat(parsed.toString()).isEqualTo(text);
    assertThat(Containerfile.parse("again", parsed.toString())).isEqualTo(parsed);
    assertThat(BootcLint.check(parsed)).noneMatch(f -> f.rule().equals("builder-lexer"));
  }

  @Test
  void execArgvIsPreservedExactly() {
    Seeded.cases("execArgvIsPreservedExactly", argv())
        .tries(200)
        .check(RoundTripPropertiesTest::preservesArgv);
  }

  private static void preservesArgv(List<String> argv) {
    Containerfile built = Containerfile.builder().from("scratch").run(Run.builder().exec(argv).build()).instruction(new Cmd(CommandForm.exec(argv))).build();
    Containerfile parsed = Containerfile.parse("generated", built.toString());
    assertThat(((Run) parsed.instructions().get(1)).command().argv()).isEqualTo(argv);
    assertThat(((Cmd) parsed.instructions().get(2)).command().argv()).isEqualTo(argv);
  }

  private static Gen<List<String>> argv() {
    return Gen.oneOf(withBreaks(), Gen.strings(Chars.unicode(), 0, 10).filter(s -> s.indexOf('\0') < 0))
        .list(1, 5);
  }

  @Test
  void shellCommandsRoundTripOrAreRejectedAtTheirLocation() {
    Seeded.cases("shellCommandsRoundTripOrAreRejectedAtTheirLocation", shellish())
        .tries(300)
        .check(RoundTripPropertiesTest::roundTripsOrIsRejected);
  }

  private static void roundTripsOrIsRejected(String script) {
    Containerfile cf;
    try {
      cf = Containerfile.builder().from("scratch").run(script).build();
    } catch (ValidationException e) {
      assertThat(e.problems()).extracting(Problem::location).extracting(Object::toString).containsOnly("stage[0].RUN[0].command");
      return;
    }
    Run parsed = (Run) Containerfile.parse("generated", cf.toString()).instructions().get(1);
    assertThat(parsed.command().script()).isEqualTo(script);
    assertThat(parsed.flags()).isEmpty();
  }

  private static Gen<String> shellish() {
    return Gen.oneOf(
        withBreaks(),
        hostile(1).map(s -> "echo " + s),
        hostile(0).map(s -> "cat <<" + s),
        hostile(0).map(s -> "[\"" + s + "\"]"),
        hostile(0).map(s -> "--" + s));
  }

  @Test
  void literalFlagValuesRoundTripOrAreRejected() {
    Seeded.cases("literalFlagValuesRoundTripOrAreRejected", flagValues())
        .tries(200)
        .check(RoundTripPropertiesTest::flagValueRoundTripsOrIsRejected);
  }

  private static void flagValueRoundTripsOrIsRejected(String value) {
    Containerfile cf;
    try {
      cf =
          Containerfile.builder()
              .from("scratch")
              .copy(Copy.builder().chown(Word.literal(value)).source("a").destination("/b").build())
              .run(Run.builder().mount(RunMount.cache(value)).shell("true").build())
              .build();
    } catch (ValidationException e) {
      assertThat(e.problems())
          .extracting(Problem::location)
          .extracting(Object::toString)
          .isNotEmpty()
          .isSubsetOf("stage[0].COPY[0].chown", "stage[0].RUN[0].mount[0].target");
      return;
    }
    Containerfile parsed = Containerfile.parse("generated", cf.toString());
    assertThat(Semantics.of(parsed, Map.of())).isEqualTo(Semantics.of(cf, Map.of()));
    assertThat(((Run) parsed.instructions().get(2)).mounts().get(0).target()).contains(value);
  }

  private static Gen<String> flagValues() {
    return Gen.oneOf(hostile(1), Gen.strings(Chars.alphaNumeric().plus(Chars.of("/._-:")), 1, 10));
  }
}
