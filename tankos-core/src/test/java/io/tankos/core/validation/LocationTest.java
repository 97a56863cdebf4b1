package io.tankos.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Locations write their paths when first asked: compared with paths written at every step. */
class LocationTest {
  private static final String[] NAMES = {"Container", "Image", "(root)", "users", "a.b", " x", "[0]", "é"};

  @Test
  void pathsAreThoseWrittenStepByStep() {
    Random random = new Random(5);
    for (int n = 0; n < 20_000; n++) {
      String start = random.nextInt(4) == 0 ? "(root)" : NAMES[random.nextInt(NAMES.length)];
      Location at = random.nextInt(8) == 0 ? Location.ROOT : Location.of(start);
      String expected = at.path();
      int steps = random.nextInt(8);
      for (int i = 0; i < steps; i++) {
        if (random.nextBoolean()) {
          String name = NAMES[random.nextInt(NAMES.length)];
          expected = expected.equals("(root)") ? name : expected + "." + name;
          at = at.child(name);
        } else {
          int index = random.nextInt(12) - 2;
          expected = expected + "[" + index + "]";
          at = at.index(index);
        }
        if (random.nextInt(3) == 0) {
          assertThat(at.path()).isEqualTo(expected); // some paths are written midway, some at the end
        }
      }
      assertThat(at.path()).isEqualTo(expected);
      assertThat(at.toString()).isEqualTo(expected);
      assertThat(at).isEqualTo(Location.of(expected)).hasSameHashCodeAs(Location.of(expected));
    }
  }

  @Test
  void theRootsChildIsItsNameAndBlankPathsAreRefused() {
    assertThat(Location.ROOT.child("users").index(0).child("name").path()).isEqualTo("users[0].name");
    assertThat(Location.of("(root)").child("x").path()).isEqualTo("x");
    assertThat(Location.ROOT.index(1).path()).isEqualTo("(root)[1]");
    // a blank child of the root comes from data (a YAML key): quoted, not refused
    assertThat(Location.ROOT.child(" ").path()).isEqualTo("\" \"");
    assertThatThrownBy(() -> Location.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Location.of("a").child(null)).isInstanceOf(NullPointerException.class);
    assertThat(Location.of("a").child("").path()).isEqualTo("a.\"\"");
  }

  @Test
  void aDeepChainIsWrittenWithoutRecursion() {
    Location at = Location.of("deep");
    for (int i = 0; i < 200_000; i++) {
      at = at.index(i % 10);
    }
    assertThat(at.path()).startsWith("deep[0][1]").endsWith("[8][9]").hasSize(4 + 3 * 200_000);
  }

  @Test
  void aBlankNameFromDataIsQuotedAtAnyDepth() {
    assertThat(Location.ROOT.child("").path()).isEqualTo("\"\"");
    assertThat(Location.ROOT.child("  ").path()).isEqualTo("\"  \"");
    assertThat(Location.ROOT.child(" \n\t").path()).isEqualTo("\" \\u000a\\u0009\"");
    assertThat(Location.ROOT.child("").child("a").index(1).path()).isEqualTo("\"\".a[1]");
    assertThat(Location.ROOT.child("users")).isEqualTo(Location.of("users"));
    // below the top level too: 'a.' named no key, and 'a. ' ended in an invisible space
    assertThat(Location.ROOT.child("a").child("").path()).isEqualTo("a.\"\"");
    assertThat(Location.of("Container").child(" ").index(0).path()).isEqualTo("Container.\" \"[0]");
    assertThat(Location.ROOT.child("a").index(2).child("\t").path()).isEqualTo("a[2].\"\\u0009\"");
  }
}
