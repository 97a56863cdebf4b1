package io.tankos.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UnitFilePropertyTest {

  @Property(tries = 2000)
  void renderedFilesParseBackToTheSameModelOrAreRefused(@ForAll("files") List<Section> sections) {
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

  @Property(tries = 3000)
  void parserReturnsAModelOrAParseException(@ForAll("texts") String text) {
    UnitFile f;
    try {
      f = UnitFile.parse("t", text);
    } catch (ParseException e) {
      assertThat(e.getMessage()).startsWith("t:");
      return;
    }
    String once;
    try {
      once = f.render();
    } catch (ValidationException e) {
      // a value the parser produced but that cannot be written back unchanged (e.g. trailing white
      // space joined from a continuation): refused with its location, never altered
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.location().path()).contains("["));
      return;
    }
    assertThat(UnitFile.parse("t", once)).isEqualTo(f);
    assertThat(UnitFile.parse("t", once).render()).isEqualTo(once);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.of("[A]", "[B] ", "K=v", " K = v ", "#c", ";c", "\\", "\n", "\r", "=", "[", "]", "x", " ", "\t", "\u00e9", "\u2028");
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<List<Section>> files() {
    Arbitrary<String> chars =
        Arbitraries.strings().withChars("aZ09 \t\"'\\%$;=#[]\u00e9\u00a0\u3000\r").ofMaxLength(12);
    Arbitrary<String> keys = Arbitraries.of("Image", "Exec", "Environment", "X-Key", "a.b", "K_1");
    Arbitrary<UnitLine> entry = Combinators.combine(keys, chars).as(Entry::new);
    Arbitrary<UnitLine> comment = Arbitraries.of("# c", "; d", "#").map(UnitComment::new);
    Arbitrary<List<UnitLine>> lines = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, entry), net.jqwik.api.Tuple.of(1, comment))
        .list().ofMaxSize(6);
    Arbitrary<Section> section =
        Combinators.combine(Arbitraries.of("Unit", "Container", "Service", "X-Y z"), lines)
            .as((n, l) -> Section.builder(n).lines(l).build());
    return section.list().ofMaxSize(4).uniqueElements(Section::name);
  }
}
