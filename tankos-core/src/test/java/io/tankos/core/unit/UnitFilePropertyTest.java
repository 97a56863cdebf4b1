package io.tankos.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UnitFilePropertyTest {

  /**
   * At most this many of the 2000 generated files may be refused by the builder (736 are at the
   * fixed seed), so a builder that refuses everything fails.
   */
  private static final int MAX_BUILDER_REFUSED = 1000;

  /** At most this many of the 3000 fuzzed texts may be refused by the parser (2123 are). */
  private static final int MAX_PARSER_REFUSED = 2400;

  @Test
  void renderedFilesParseBackToTheSameModelOrAreRefused() {
    AtomicInteger refused = new AtomicInteger();
    Seeded.cases("renderedFilesParseBackToTheSameModelOrAreRefused", files())
        .tries(2000)
        .check(sections -> {
          if (!roundTrips(sections)) {
            refused.incrementAndGet();
          }
        });
    System.out.printf("unit-file round trip: %d/2000 refused by the builder%n", refused.get());
    assertThat(refused.get()).as("files refused of 2000").isLessThanOrEqualTo(MAX_BUILDER_REFUSED);
  }

  /** False when the builder refused the file (with problems), true when it round-trips. */
  private static boolean roundTrips(List<Section> sections) {
    UnitFile file;
    try {
      UnitFile.Builder b = UnitFile.builder();
      sections.forEach(b::section);
      file = b.build(); // refuses what cannot be written back
    } catch (ValidationException e) {
      assertThat(e.problems()).isNotEmpty();
      return false;
    }
    String text = file.render();
    assertThat(file.renderedLength()).isEqualTo(text.length());
    UnitFile back = UnitFile.parse("p", text);
    assertThat(back.sections()).extracting(Section::name)
        .containsExactlyElementsOf(file.sections().stream().map(Section::name).toList());
    for (Section s : file.sections()) {
      assertThat(back.section(s.name()).orElseThrow().entries()).isEqualTo(s.entries());
    }
    // comments at the end of a section belong to the next header once read: one more round is stable
    String again = back.render();
    assertThat(back.renderedLength()).isEqualTo(again.length()); // parsed: comments, blank first lines
    assertThat(UnitFile.parse("p", again).render()).isEqualTo(again);
    return true;
  }

  @Test
  void parserReturnsAModelOrAParseException() {
    AtomicInteger refused = new AtomicInteger();
    Seeded.cases("parserReturnsAModelOrAParseException", texts())
        .tries(3000)
        .check(text -> {
          if (!parses(text)) {
            refused.incrementAndGet();
          }
        });
    System.out.printf("unit-file parse fuzzing: %d/3000 refused by the parser%n", refused.get());
    assertThat(refused.get()).as("texts refused of 3000").isLessThanOrEqualTo(MAX_PARSER_REFUSED);
  }

  /** False when the parser refused the text, true when it gave a model that renders stably. */
  private static boolean parses(String text) {
    UnitFile f;
    try {
      f = UnitFile.parse("t", text);
    } catch (ParseException e) {
      assertThat(e.getMessage()).startsWith("t:");
      return false;
    }
    String once = f.render(); // a parsed file always renders: what cannot be written back is a ParseException
    assertThat(UnitFile.parse("t", once)).isEqualTo(f);
    assertThat(UnitFile.parse("t", once).render()).isEqualTo(once);    return true;
  }

  @Test
  void parsingWithoutCommentsReadsTheSameSectionsEntriesAndErrors() {
    Seeded.cases("parsingWithoutCommentsReadsTheSameSectionsEntriesAndErrors", texts())
        .tries(3000)
        .check(text -> {
          String full;
          UnitFile f = null;
          try {
            f = UnitFile.parse("t", text);
            full = null;
          } catch (ParseException e) {
            full = e.getMessage();
          }
          UnitFile bare = null;
          String without;
          try {
            bare = UnitFile.parseWithoutComments("t", text);
            without = null;
          } catch (ParseException e) {
            without = e.getMessage();
          }
          assertThat(without).isEqualTo(full);
          if (f != null) {
            assertThat(bare.comments()).isEmpty();
            assertThat(bare.sections()).extracting(Section::name)
                .containsExactlyElementsOf(f.sections().stream().map(Section::name).toList());
            for (int i = 0; i < f.sections().size(); i++) {
              assertThat(bare.sections().get(i).comments()).isEmpty();
              assertThat(bare.sections().get(i).lines()).isEqualTo(f.sections().get(i).entries());
            }
          }
        });
  }

  private static Gen<String> texts() {
    Gen<String> pieces =
        Gen.of("[A]", "[B] ", "K=v", " K = v ", "#c", ";c", "\\", "\n", "\r", "=", "[", "]", "x", " ", "\t", "\u00e9", "\u2028");
    return pieces.list(0, 30).map(l -> String.join("", l));
  }

  private static Gen<List<Section>> files() {
    Gen<String> chars = Gen.strings(Chars.of("aZ09 \t\"'\\%$;=#[]\u00e9\u00a0\u3000\r"), 0, 12);
    Gen<String> keys = Gen.of("Image", "Exec", "Environment", "X-Key", "a.b", "K_1");
    Gen<UnitLine> entry = r -> new Entry(keys.next(r), chars.next(r));
    Gen<UnitLine> comment = Gen.of("# c", "; d", "#").map(UnitComment::new);
    Gen<List<UnitLine>> lines =
        Gen.<UnitLine>frequency(Gen.weighted(5, entry), Gen.weighted(1, comment)).list(0, 6);
    Gen<String> names = Gen.of("Unit", "Container", "Service", "X-Y z");
    Gen<Section> section = r -> Section.builder(names.next(r)).lines(lines.next(r)).build();
    return section.uniqueList(0, 4, Section::name);
  }
}
