package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Hostile FROM values built by hand: {@link From.Builder#build()} refuses them at {@code
 * FROM[0]...}, or the FROM renders to a line the parser reads back as the same values; {@code
 * toString()} never throws.
 */
class FromHostileTest {
  private static final List<String> TEXTS = List.of("", " ", "a b", "a\tb", "a\nb", "a\rb",
      "a\\\nb", "#image", "quay.io/x:1 # c", "\\", "a\\", "'", "\"", "a'b", "$", "${", "${A",
      "$A", "${A:-b c}", "--platform=x", "-", "AS", "a\u00a0b", "a\u2028b", "a\u0085b",
      "\u0000", "é/ü:1", "[\"a\"]", "a=b", "quay.io/fedora/fedora-bootc:42", "x".repeat(5000));
  private static final List<Function<String, Word>> KINDS =
      List.of(Word::literal, Word::expanding, Word::raw);

  /** One hand-built FROM: refused at FROM[0], or written so it reads back the same. */
  private static void refusedOrReadBack(From.Builder builder) {
    Throwable t = catchThrowable(builder::build);
    if (t != null) {
      assertThat(t).isInstanceOf(ValidationException.class);
      assertThat(((ValidationException) t).problems()).allSatisfy(p ->
          assertThat(p.location().toString()).startsWith("FROM[0]."));
      return;
    }
    From from = builder.build();
    String line = from.toString();
    Throwable unread = catchThrowable(() -> Containerfile.parse("from", line + "\n"));
    assertThat(unread).as(GoText.quote(line)).isNull();
    From back = (From) Containerfile.parse("from", line + "\n").instructions().get(0);
    assertThat(back.toString()).as(line).isEqualTo(line);
    Map<String, String> env = Map.of("A", "v");
    assertThat(Semantics.eval(back.image(), '\\', env)).as(line)
        .isEqualTo(Semantics.eval(from.image(), '\\', env));
    assertThat(back.stageName()).as(line).isEqualTo(from.stageName());
    assertThat(back.flags().size()).as(line).isEqualTo(from.flags().size());
    for (int i = 0; i < back.flags().size(); i++) {
      assertThat(back.flags().get(i).name()).isEqualTo(from.flags().get(i).name());
      assertThat(Semantics.eval(back.flags().get(i).value(), '\\', env)).as(line)
          .isEqualTo(Semantics.eval(from.flags().get(i).value(), '\\', env));
    }
  }

  @Test
  void hostileImagesAreRefusedAtTheImageOrReadBack() {
    int refused = 0;
    int written = 0;
    for (String text : TEXTS) {
      for (Function<String, Word> kind : KINDS) {
        Throwable invalidWord = catchThrowable(() -> kind.apply(text));
        if (invalidWord != null) {
          continue; // Word itself refuses it
        }
        From.Builder b = From.builder(kind.apply(text));
        if (catchThrowable(b::build) == null) {
          written++;
        } else {
          refused++;
          ValidationException e = (ValidationException) catchThrowable(b::build);
          assertThat(e.problems()).extracting(p -> p.location().toString())
              .contains("FROM[0].image");
        }
        refusedOrReadBack(b);
      }
    }
    assertThat(refused).isPositive();
    assertThat(written).isPositive();
  }

  @Test
  void hostileStageNamesAndPlatformsAreRefusedOrReadBack() {
    List<String> refusedAt = new ArrayList<>();
    for (String text : TEXTS) {
      From.Builder named = From.builder(Word.literal("quay.io/x:1")).as(text);
      refusedOrReadBack(named);
      if (catchThrowable(named::build) instanceof ValidationException e) {
        e.problems().forEach(p -> refusedAt.add(p.location().toString()));
      }
      for (Function<String, Word> kind : KINDS) {
        if (catchThrowable(() -> kind.apply(text)) == null) {
          refusedOrReadBack(From.builder(Word.literal("x")).platform(kind.apply(text)));
        }
      }
    }
    assertThat(refusedAt).contains("FROM[0].as");
    assertThat(From.builder(Word.literal("x")).as("builder-1.a_b").build().toString())
        .isEqualTo("FROM x AS builder-1.a_b");
  }

  @Test
  void parsedFromKeepsItsTextAndToStringNeverThrows() {
    for (String line : List.of("FROM ${BASE:-quay.io/x:1} AS Build", "from 'a'\"b\" as x",
        "FROM --platform=$BUILDPLATFORM x", "FROM a\\\n  AS b")) {
      Containerfile cf = Containerfile.parse("p", "ARG BASE\n" + line + "\n");
      From from = (From) cf.instructions().get(1);
      assertThat(catchThrowable(from::toString)).isNull();
      assertThat(Containerfile.parse("again", "ARG BASE\n" + from + "\n").instructions().get(1))
          .isEqualTo(from);
    }
  }
}
