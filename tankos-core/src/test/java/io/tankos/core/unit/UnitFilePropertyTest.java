package io.tankos.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitFilePropertyTest {

  @Test
  void renderedFilesParseBackToTheSameModelOrAreRefused() {
    Seeded.cases("renderedFilesParseBackToTheSameModelOrAreRefused", files())
        .tries(2000)
        .check(UnitFilePropertyTest::roundTrips);
  }

  private static void roundTrips(List<Section> sections) {
    UnitFile file;
    try {
      UnitFile.Builder b = UnitFile.builder();
      sections.forEach(b::section);
      file = b.build(); // refuses what cannot be written back
    } catch (ValidationException e) {
      assertThat(e.problems()).isNotEmpty();
      return;
    }
    String text = file.render();
    UnitFile back = UnitFile.parse("p", text);
    assertThat(back.sections()).extracting(Section::name)
        .containsExactlyElementsOf(file.sections().stream().map(Section::name).toList());
    for (Section s : file.sections()) {
      assertThat(back.section(s.name()).orElseThrow().entries()).isEqualTo(s.entries());
    }
    // comments at the end of a section belong to the next header once read: one more round is stable
    String again = back.render();
    assertThat(UnitFile.parse("p", again).render()).isEqualTo(again);
  }

  @Test
  void parserReturnsAModelOrAParseException() {
    Seeded.cases("parserReturnsAModelOrAParseException", texts())
        .tries(3000)
        .check(UnitFilePropertyTest::parsesOrRefuses);
  }

  private static void parsesOrRefuses(String text) {
    UnitFile f;
    try {
      f = UnitFile.parse("t", text);
    } catch (ParseException e) {
      assertThat(e.getMessage()).startsWith("t:");
      return;
    }
    String once = f.render(); // a parsed file always renders: what cannot be written back is a ParseException
    assertThat(UnitFile.parse("t", once)).isEqualTo(f);
    assertThat(UnitFile.parse("t", once).render()).isEqualTo(once);
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
