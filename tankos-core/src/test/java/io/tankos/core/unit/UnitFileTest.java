package io.tankos.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnitFileTest {

  @Test
  void parsesSectionsEntriesAndComments() {
    UnitFile f =
        UnitFile.parse(
            "a.container",
            "# top\n[Unit]\nDescription = hello world  \n; semi\n\n[Container]\nImage=x\nEnvironment=A=1\nEnvironment=B=2\n");
    assertThat(f.sections()).extracting(Section::name).containsExactly("Unit", "Container");
    assertThat(f.section("Unit").orElseThrow().comments()).containsExactly(new UnitComment("# top"));
    assertThat(f.lastValue("Unit", "Description")).contains("hello world");
    assertThat(f.values("Container", "Environment")).containsExactly("A=1", "B=2");
    assertThat(f.section("Unit").orElseThrow().lines())
        .containsExactly(new Entry("Description", "hello world"));
    assertThat(f.section("Container").orElseThrow().comments())
        .containsExactly(new UnitComment("; semi"), UnitComment.BLANK);
  }

  @Test
  void entriesAndValuesAreTheSameWhetherOrNotCommentsAreAmongTheLines() {
    Section plain = UnitFile.parse("[A]\nK=1\nL=2\nK=3\n").section("A").orElseThrow();
    Section commented = UnitFile.parse("[A]\n# c\nK=1\n; d\nL=2\n\nK=3\n# e\n").section("A").orElseThrow();
    for (Section s : new Section[] {plain, commented}) {
      assertThat(s.entries()).containsExactly(new Entry("K", "1"), new Entry("L", "2"), new Entry("K", "3"));
      assertThat(s.values("K")).containsExactly("1", "3");
      assertThat(s.values("L")).containsExactly("2");
      assertThat(s.values("M")).isEmpty();
      assertThatThrownBy(() -> s.entries().add(new Entry("X", "y")))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> s.values("K").add("4")).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> s.values("L").add("4")).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(commented.lines()).hasSize(7);
    assertThat(commented.toBuilder().build()).isEqualTo(commented);
  }

  @Test
  void anEntryKnowsWhichOccurrenceOfItsKeyItIsEvenBesideAnEqualLine() {
    Section s = UnitFile.parse("a.container", "[Container]\nA=1\nB=2\nA=1\n# c\nA=3\n")
        .section("Container").orElseThrow();
    java.util.List<Entry> e = s.entries();
    assertThat(e.get(0)).isEqualTo(e.get(2)); // equal records, told apart by identity
    assertThat(e).extracting(s::occurrence).containsExactly(0, 0, 1, 2);
    assertThat(s.values("A")).containsExactly("1", "1", "3");
    assertThat(s.values("missing")).isEmpty();
    assertThatThrownBy(() -> s.occurrence(new Entry("A", "1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void continuationJoinsWithoutSeparatorAndSkipsComments() {
    UnitFile f = UnitFile.parse("[Container]\nExec=echo foo\\\n   bar\nExec=a \\\n# inner\n  b\n");
    assertThat(f.values("Container", "Exec")).containsExactly("echo foobar", "a b");
  }

  @Test
  void trailingBackslashOnLastLineIsDropped() {
    assertThat(UnitFile.parse("[X]\nK=v\\").lastValue("X", "K")).contains("v");
  }

  @Test
  void repeatedSectionsAreMerged() {
    UnitFile f = UnitFile.parse("[A]\nK=1\n[B]\nK=2\n[A]\nK=3\n");
    assertThat(f.sections()).hasSize(2);
    assertThat(f.values("A", "K")).containsExactly("1", "3");
  }

  @Test
  void errorsNameSourceAndLine() {
    assertThatThrownBy(() -> UnitFile.parse("x.container", "[A]\nK=1\nno equals here\n"))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("x.container:3: ")
        .hasMessageContaining("not a key-value pair");
    assertThatThrownBy(() -> UnitFile.parse("y.volume", "K=1\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("y.volume:1: key file does not start with a group");
    assertThatThrownBy(() -> UnitFile.parse("z", new byte[] {'[', 'A', ']', '\n', (byte) 0xff}))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void rendersDeterministicallyWithOneBlankLineBetweenSections() {
    UnitFile f =
        UnitFile.builder()
            .section(Section.builder("Unit").add("Description", "d").build())
            .section(Section.builder("Container").add("Image", "i").comment("note").build())
            .build();
    assertThat(f.render()).isEqualTo("[Unit]\nDescription=d\n\n[Container]\nImage=i\n# note\n");
    assertThat(f.toString()).isEqualTo(f.render());
    assertThat(UnitFile.parse(f.render())).isEqualTo(f);
  }

  @Test
  void formattingIsIdempotentAndKeepsComments() {
    String text = "# head\n\n[Unit]\n# c1\nA=1\n\n\n[Service]\nB = 2\n# tail\n";
    String once = UnitFile.parse(text).render();
    assertThat(once).contains("# head", "# c1", "# tail");
    assertThat(UnitFile.parse(once).render()).isEqualTo(once);
  }

  @Test
  void refusesValuesThatWouldReadBackDifferently() {
    for (String bad : new String[] {"a\nb", " lead", "trail ", "tab\t", "ends\\", "nbsp\u00a0"}) {
      Section s = Section.builder("Container").add("Image", bad).build();
      assertThatThrownBy(() -> UnitFile.builder().section(s).build())
          .as(bad)
          .isInstanceOf(ValidationException.class)
          .hasMessageStartingWith("Container.Image[0]: ");
    }
  }

  @Test
  void locationIndexesCountEntriesOfTheSameKey() {
    UnitFile.Builder f =
        UnitFile.builder()
            .section(
                Section.builder("Container")
                    .add("PublishPort", "1")
                    .add("Image", "i")
                    .add("PublishPort", "2")
                    .add("PublishPort", "bad\n")
                    .build());
    assertThatThrownBy(f::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.location().toString()).isEqualTo("Container.PublishPort[2]"));
  }

  @Test
  void refusesBadKeysAndSectionNames() {
    assertThatThrownBy(() -> UnitFile.builder().section(Section.builder("A]").add("K", "v").build()).build())
        .isInstanceOf(ValidationException.class);
    for (String key : new String[] {"", "a=b", "#k", " k", "k ", "k\r"}) {
      assertThatThrownBy(() -> UnitFile.builder().section(Section.builder("A").add(key, "v").build()).build())
          .as(key)
          .isInstanceOf(ValidationException.class);
    }
  }

  @Test
  void nonAsciiAndInnerWhitespaceSurvive() {
    String v = "h\u00e9llo  w\u00f6rld \"q\" 'x' %h $HOME ;";
    UnitFile f = UnitFile.builder().section(Section.builder("X").add("K", v).build()).build();
    byte[] bytes = f.render().getBytes(StandardCharsets.UTF_8);
    assertThat(UnitFile.parse("f", bytes).lastValue("X", "K")).contains(v);
  }

  @Test
  void aBlankLineBeforeTheFirstHeaderIsStable() {
    UnitFile f = UnitFile.parse("\n\n[A]\nK=v\n");
    assertThat(f.section("A").orElseThrow().comments()).containsExactly(UnitComment.BLANK);
    assertThat(UnitFile.parse(f.render())).isEqualTo(f);
  }

  @Test
  void fileWithOnlyCommentsKeepsThem() {
    UnitFile f = UnitFile.parse("# just a note\n");
    assertThat(f.sections()).isEmpty();
    assertThat(f.render()).isEqualTo("# just a note\n");
  }

  @Test
  void renderAndToStringNeverFailOnABuiltFile() {
    Section bad = Section.builder("Container").add("Image", "a\nb").build();
    assertThat(bad.toString()).isEqualTo("[Container]\nImage=a\nb\n"); // a section is text, checked with its file
    assertThatThrownBy(() -> UnitFile.builder().section(bad).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("Container.Image[0]: value cannot contain a newline (at index 1)");
    UnitFile ok = UnitFile.builder().section(Section.builder("Container").add("Image", "a b").build()).build();
    assertThat(ok.toString()).isEqualTo(ok.render()).isEqualTo("[Container]\nImage=a b\n");
  }

  @Test
  void aParsedValueThatCannotBeWrittenBackIsAParseError() {
    // the continuation joins "K=v " and a last line holding only a backslash: the value keeps its
    // trailing space
    assertThatThrownBy(() -> UnitFile.parse("t.container", "[A]\nK=v \\\n\\"))
        .isInstanceOf(io.tankos.core.validation.ParseException.class)
        .hasMessageStartingWith("t.container: A.K[0]: value cannot end with white space");
  }
}
