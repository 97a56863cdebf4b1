package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Parsing existing Quadlet files into the typed model. */
class ParseTest {

  @Test
  void choosesTheTypeByExtension() {
    assertThat(QuadletUnit.parse("a.volume", "[Volume]\n")).isInstanceOf(VolumeUnit.class);
    assertThat(QuadletUnit.parse("dir/a.kube", "[Kube]\nYaml=a.yaml\n")).isInstanceOf(KubeUnit.class);
    assertThat(QuadletUnit.parse("m.artifact", "[Artifact]\nArtifact=x\n").unitType())
        .isEqualTo(UnitType.ARTIFACT);
    assertThatThrownBy(() -> QuadletUnit.parse("a.service", "[Service]\n"))
        .isInstanceOf(ParseException.class).hasMessageStartingWith("a.service: not a Quadlet unit");
    assertThatThrownBy(() -> ContainerUnit.parse("a.volume", "[Volume]\n"))
        .hasMessageContaining("not a .container file");
  }

  @Test
  void unknownKeysAreReportedWithTheirLine() {
    String text = "# comment\n[Container]\nImage=x:1\n\n[Service]\nFoo=bar\n[Container]\nBogusKey=foo\n";
    assertThatThrownBy(() -> QuadletUnit.parse("bogus.container", text))
        .isInstanceOf(ParseException.class)
        .hasMessage("bogus.container:8: unsupported key 'BogusKey' in group 'Container'");
    assertThatThrownBy(() -> QuadletUnit.parse("q.container", "[Quadlet]\nBogus=1\n"))
        .hasMessage("q.container:2: unsupported key 'Bogus' in group 'Quadlet'");
    assertThatThrownBy(() -> QuadletUnit.parse("k.container", "[Container]\nimage=x\n"))
        .hasMessageContaining(":2: unsupported key 'image'");
  }

  @Test
  void lenientKeepsEverythingAsWritten() {
    String text = "## assert-failed\n[Container]\nBogusKey=foo\nExec=a \\d\n";
    QuadletUnit u = QuadletUnit.parseLenient("bogus.container", text);
    assertThat(u.render()).isEqualTo(text);
    assertThat(u.values("BogusKey")).containsExactly("foo");
  }

  @Test
  void parsedValuesAreNotReEscaped() {
    String text = "[Container]\nImage=x:1\nEnvironment=\"A=1 2\" B=%h\nExec=echo $HOME 100%%\n";
    ContainerUnit c = ContainerUnit.parse("c.container", text);
    assertThat(c.render()).isEqualTo(text);
    ContainerUnit more = c.toBuilder().environment("C", "50%").build();
    assertThat(more.render()).isEqualTo(
        "[Container]\nImage=x:1\nEnvironment=\"A=1 2\" B=%h\nExec=echo $HOME 100%%\nEnvironment=C=50%%\n");
  }

  @Test
  void fmtKeepsComments() {
    String text = "# top\n[Unit]\n# inside\nDescription=x\n\n[Container]\nImage=x:1 \n";
    assertThat(QuadletUnit.parse("c.container", text).render())
        .isEqualTo("# top\n[Unit]\n# inside\nDescription=x\n\n[Container]\nImage=x:1\n");
  }

  /**
   * At most this many of the 500 fuzzed texts may be refused (330 are at the fixed seed), so a
   * parser that refuses everything fails.
   */
  private static final int MAX_REFUSED = 400;

  @Test
  void arbitraryTextGivesAModelOrAParseException() {
    AtomicInteger refused = new AtomicInteger();
    Seeded.cases("arbitraryTextGivesAModelOrAParseException", unitText())
        .tries(500)
        .check(text -> {
          if (!parsesAndRoundTrips(text)) {
            refused.incrementAndGet();
          }
        });
    System.out.printf("quadlet parse fuzzing: %d/500 texts refused%n", refused.get());
    assertThat(refused.get()).as("texts refused of 500").isLessThanOrEqualTo(MAX_REFUSED);
  }

  /** False when the parser refused the text (with a message), true when it round-trips. */
  private static boolean parsesAndRoundTrips(String text) {
    try {
      QuadletUnit u = QuadletUnit.parse("fuzz.container", text);
      String once = u.render();
      QuadletUnit again = QuadletUnit.parse("fuzz.container", once);
      assertThat(entries(again)).isEqualTo(entries(u));
      return true;
    } catch (ParseException | ValidationException e) {
      assertThat(e.getMessage()).isNotBlank();
      return false;
    }
  }

  private static java.util.List<String> entries(QuadletUnit u) {
    return u.toUnitFile().sections().stream()
        .flatMap(s -> s.entries().stream().map(e -> s.name() + "/" + e))
        .toList();
  }

  private static Gen<String> unitText() {
    Gen<String> line = Gen.oneOf(
        Gen.of("[Container]", "[Service]", "[Unit]", "[X-A]", "[Quadlet]", "", "# c", "; c",
            "Image=x", "Exec=a \\", "  Environment=A=1  ", "Bogus=1", "=x", "[broken", "Volume=\"a\""),
        Gen.strings(Chars.of("[]=#;\\ \t\"'azAZ%$\r"), 0, 15),
        Gen.strings(Chars.any(), 0, 10));
    return line.list(0, 8).map(l -> String.join("\n", l));
  }
}
