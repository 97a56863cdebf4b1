package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated Containerfiles with hostile values in every field: rendering then parsing gives back
 * what the builder would read from the model, and exec-form argv exactly.
 */
class RoundTripPropertiesTest {
  private static final String HOSTILE = "$'\"\\` \t{}<>#=,-[]:/;|&()*?!~%^@+.aZ09_\u00e9\u00a0\u2003\u0085\u2028\uD83D\uDE00";
  private static final Map<String, String> ENV = Map.of("X", "xv", "HOME", "/root");

  static Arbitrary<String> hostile(int min) {
    Arbitrary<Character> chars = Arbitraries.of(toChars(HOSTILE));
    return Arbitraries.oneOf(
            chars.list().ofMinSize(min).ofMaxSize(12).map(RoundTripPropertiesTest::join),
            Arbitraries.strings().withCharRange(' ', '~').ofMinLength(min).ofMaxLength(12))
        .filter(s -> !s.contains("\uD83D\uDE00") || true);
  }

  private static List<Character> toChars(String s) {
    List<Character> out = new ArrayList<>();
    for (char c : s.toCharArray()) {
      if (!Character.isSurrogate(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static String join(List<Character> cs) {
    StringBuilder b = new StringBuilder();
    cs.forEach(b::append);
    return b.toString();
  }

  static Arbitrary<String> withBreaks() {
    return Arbitraries.oneOf(hostile(0), hostile(0).map(s -> s + "\n" + s), hostile(1).map(s -> "\r" + s + "\uD83D\uDE00"));
  }

  @Provide
  Arbitrary<Containerfile> documents() {
    Arbitrary<Instruction> env = Combinators.combine(hostile(1).filter(n -> !n.contains("=")), hostile(0)).as((n, v) -> Env.of(n, Word.literal(v)));
    Arbitrary<Instruction> label = Combinators.combine(hostile(1).filter(n -> !n.contains("=")), hostile(0)).as((n, v) -> Label.of(n, Word.literal(v)));
    Arbitrary<Instruction> arg =
        Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(6), hostile(0)).as((n, v) -> Arg.of(n, Word.literal(v)));
    Arbitrary<Instruction> copy =
        Combinators.combine(withBreaks().filter(s -> !s.isEmpty()).list().ofMinSize(1).ofMaxSize(3), hostile(1))
            .as((srcs, dest) -> {
              Copy.Builder b = Copy.builder();
              srcs.forEach(b::source);
              return b.destination(dest).build();
            });
    Arbitrary<Instruction> volume = hostile(1).list().ofMinSize(1).ofMaxSize(3).map(ps -> new Volume(ps.stream().map(Word::literal).toList(), false));
    Arbitrary<Instruction> user = hostile(1).map(u -> new User(Word.literal(u)));
    Arbitrary<Instruction> workdir = hostile(1).map(u -> new Workdir(Word.literal(u)));
    Arbitrary<Instruction> signal = hostile(1).map(u -> new StopSignal(Word.literal(u)));
    Arbitrary<Instruction> expose = hostile(1).filter(s -> s.codePoints().noneMatch(GoText::isSpace)).map(p -> new Expose(List.of(Word.literal(p))));
    Arbitrary<Instruction> run = withBreaks().list().ofMinSize(1).ofMaxSize(4).map(a -> Run.builder().exec(a).build());
    Arbitrary<Instruction> cmd = withBreaks().list().ofMaxSize(4).map(a -> new Cmd(CommandForm.exec(a)));
    Arbitrary<Instruction> entrypoint = withBreaks().list().ofMinSize(1).ofMaxSize(4).map(a -> new Entrypoint(CommandForm.exec(a)));
    Arbitrary<Instruction> script = withBreaks().list().ofMinSize(1).ofMaxSize(4).map(ls -> Run.script(String.join("\n", ls) + "\n"));
    Arbitrary<Instruction> heredocCopy = Combinators.combine(withBreaks(), hostile(1).filter(d -> d.codePoints().noneMatch(c -> GoText.isSpace(c) || "'\"\\`".indexOf(c) >= 0)))
            .as((c, d) -> Copy.builder().heredoc(c + "\n").destination(d).build());
    Arbitrary<Instruction> any = Arbitraries.oneOf(env, label, arg, copy, volume, user, workdir, signal, expose, run, cmd, entrypoint, script, heredocCopy);
    return Combinators.combine(any.list().ofMinSize(1).ofMaxSize(8), Arbitraries.of('\\', '`'))
        .as((list, escape) -> {
          Containerfile.Builder b = Containerfile.builder();
          if (escape == '`') {
            b.escape('`');
          }
          b.from("scratch");
          list.forEach(b::instruction);
          return b.build();
        });
  }

  @Property(tries = 300)
  void renderThenParseReadsTheSameValues(@ForAll("documents") Containerfile built) {
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

  @Property(tries = 200)
  void execArgvIsPreservedExactly(@ForAll("argv") List<String> argv) {
    Containerfile built = Containerfile.builder().from("scratch").run(Run.builder().exec(argv).build()).instruction(new Cmd(CommandForm.exec(argv))).build();
    Containerfile parsed = Containerfile.parse("generated", built.toString());
    assertThat(((Run) parsed.instructions().get(1)).command().argv()).isEqualTo(argv);
    assertThat(((Cmd) parsed.instructions().get(2)).command().argv()).isEqualTo(argv);
  }

  @Provide
  Arbitrary<List<String>> argv() {
    return Arbitraries.oneOf(withBreaks(), Arbitraries.strings().ofMaxLength(10).filter(RoundTripPropertiesTest::validUnicode).filter(s -> s.indexOf('\0') < 0))
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  private static boolean validUnicode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 300)
  void shellCommandsRoundTripOrAreRejectedAtTheirLocation(@ForAll("shellish") String script) {
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

  @Provide
  Arbitrary<String> shellish() {
    return Arbitraries.oneOf(
        withBreaks(),
        hostile(1).map(s -> "echo " + s),
        hostile(0).map(s -> "cat <<" + s),
        hostile(0).map(s -> "[\"" + s + "\"]"),
        hostile(0).map(s -> "--" + s));
  }

  @Property(tries = 200)
  void literalFlagValuesRoundTripOrAreRejected(@ForAll("flagValues") String value) {
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

  @Provide
  Arbitrary<String> flagValues() {
    return Arbitraries.oneOf(hostile(1), Arbitraries.strings().alpha().numeric().withChars("/._-:").ofMinLength(1).ofMaxLength(10));
  }
}
