package io.tankos.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.HostileBytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile unit files: bad bytes, NUL and control characters, overlong lines, too many lines, too
 * large files. Each gives a one-line typed error with file, line and limit, or reads back exactly.
 * Runs in the small-heap fork (tag {@code hostile}).
 */
@Tag("hostile")
class UnitFileHostileTest {
  private static final String UNIT = "# Tank-OS gateway \u00e9\u00e9\n[Unit]\nDescription=caf\u00e9 \u20ac"
      + " \uD83D\uDE00\n\n[Container]\nImage=quay.io/openclaw/openclaw:latest\n"
      + "Environment=GREETING=\u4e2d\u6587 A=1\nExec=run \\\n  --flag\n";

  @TestFactory
  Stream<DynamicTest> invalidUtf8IsRefusedWithLineAndByteOffset() {
    return HostileBytes.seeds().stream()
        .flatMap(seed -> HostileBytes.corruptions(seed, UNIT, 25).stream())
        .map(c -> DynamicTest.dynamicTest(c.toString(), () ->
            assertThatThrownBy(() -> UnitFile.parse("gw.container", c.bytes()))
                .as(c.toString())
                .isExactlyInstanceOf(ParseException.class)
                .hasMessageStartingWith("gw.container:" + c.line() + ": not valid UTF-8")
                .hasMessageContaining("byte offset " + c.offset())));
  }

  @TestFactory
  Stream<DynamicTest> nulIsRefusedWhereverItIs() {
    return HostileBytes.seeds().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random rnd = new Random(seed);
      String[] lines = UNIT.split("\n", -1);
      for (int i = 0; i < 100; i++) {
        int line = rnd.nextInt(lines.length - 1);
        String l = lines[line];
        int at = rnd.nextInt(l.length() + 1);
        String[] copy = lines.clone();
        copy[line] = l.substring(0, at) + "\0" + l.substring(at);
        String text = String.join("\n", copy);
        String context = "seed " + seed + ", line " + (line + 1) + ", index " + at;
        for (Runnable parse : List.<Runnable>of(() -> UnitFile.parse("n.container", text),
            () -> UnitFile.parse("n.container", text.getBytes(StandardCharsets.UTF_8)))) {
          assertThatThrownBy(parse::run).as(context)
              .isExactlyInstanceOf(ParseException.class)
              .hasMessageStartingWith("n.container:" + (line + 1) + ": ")
              .hasMessageContaining("NUL");
        }
      }
    }));
  }

  @Test
  void writerRefusesNulInValuesAndComments() {
    // build() validates, so the NULs are refused before anything can be rendered
    assertThatThrownBy(() -> UnitFile.builder().section(Section.builder("Container").add("Image", "a\0b")
        .line(new UnitComment("# x\0")).build()).build().render()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("value cannot contain a NUL").hasMessageContaining("comment cannot contain a NUL");
  }

  @TestFactory
  Stream<DynamicTest> controlCharactersInValuesRoundTripExactly() {
    return HostileBytes.seeds().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random rnd = new Random(seed);
      for (int i = 0; i < 200; i++) {
        StringBuilder v = new StringBuilder("v");
        for (int n = rnd.nextInt(6); n >= 0; n--) {
          char c = HostileBytes.control(rnd);
          if (c != 0 && !UnitSyntax.isSpace(c)) {
            v.append(c);
          }
          v.append((char) ('a' + rnd.nextInt(26)));
        }
        String value = v.toString();
        String text = "[Container]\nLabel=" + value + "\n";
        UnitFile parsed = UnitFile.parse("c", text.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.lastValue("Container", "Label")).as("seed %d", seed).contains(value);
        assertThat(parsed.render()).as("seed %d", seed).isEqualTo(text);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> controlCharactersInKeysAndSectionNamesAreRefused() {
    // Quadlet: "unsupported key 'Env^Aironment'", "invalid group name"
    return HostileBytes.seeds().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random rnd = new Random(seed);
      for (int i = 0; i < 100; i++) {
        char c;
        do {
          c = HostileBytes.control(rnd);
        } while (c == '\n' || UnitSyntax.isSpace(c));
        String key = "[Container]\nEnv" + c + "ironment=A=1\n";
        String section = "[Con" + c + "tainer]\nImage=a\n";
        assertThatThrownBy(() -> UnitFile.parse("k", key)).as("seed %d U+%04X", seed, (int) c)
            .isExactlyInstanceOf(ParseException.class).hasMessageStartingWith("k:2: ");
        assertThatThrownBy(() -> UnitFile.parse("s", section)).as("seed %d U+%04X", seed, (int) c)
            .isExactlyInstanceOf(ParseException.class).hasMessageStartingWith("s:1: ");
      }
    }));
  }

  @Test
  void lineOfExactlyTheLimitIsRead() {
    String value = "x".repeat(UnitFileLimits.MAX_LINE_BYTES - "Label=".length());
    UnitFile f = UnitFile.parse("ok", "[Container]\nLabel=" + value + "\n");
    assertThat(f.lastValue("Container", "Label").orElseThrow()).hasSize(value.length());
  }

  @Test
  void overlongLinesNameTheLineAndTheLimit() {
    String ascii = "[Container]\nImage=a\nLabel=" + "x".repeat(UnitFileLimits.MAX_LINE_BYTES) + "\n";
    assertThatThrownBy(() -> UnitFile.parse("long.container", ascii))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("long.container:3: line is " + (UnitFileLimits.MAX_LINE_BYTES + 6)
            + " bytes long (limit UnitFileLimits.MAX_LINE_BYTES = 1048576)");
    // counted in UTF-8 bytes: half the limit in two-byte characters, plus the key
    String wide = "[Container]\nLabel=" + "\u00e9".repeat(UnitFileLimits.MAX_LINE_BYTES / 2) + "\n";
    assertThatThrownBy(() -> UnitFile.parse("wide", wide.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("wide:2: line is ");
  }

  @Test
  void continuationCannotBuildAnOverlongLine() {
    StringBuilder b = new StringBuilder("[Container]\nExec=start \\\n");
    String piece = "y".repeat(1000) + " \\\n";
    int lines = UnitFileLimits.MAX_LINE_BYTES / 1000 + 5;
    for (int i = 0; i < lines; i++) {
      b.append(piece);
    }
    b.append("end\n");
    assertThatThrownBy(() -> UnitFile.parse("cont.container", b.toString()))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("continued line is")
        .hasMessageContaining("UnitFileLimits.MAX_LINE_BYTES")
        // "Exec=start " then 1001 bytes a line: the line that passes the limit is named
        .hasMessageStartingWith("cont.container:"
            + (2 + (UnitFileLimits.MAX_LINE_BYTES - 11) / 1001 + 1) + ":");
  }

  @Test
  void tooManyLinesAndTooManyBytesAreRefused() {
    String blank = "[A]\n" + "\n".repeat(UnitFileLimits.MAX_LINES);
    assertThatThrownBy(() -> UnitFile.parse("many", blank))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("many:100001: more than 100000 lines (limit UnitFileLimits.MAX_LINES = 100000)");
    assertThat(UnitFile.parse("max", "[A]\n" + "\n".repeat(UnitFileLimits.MAX_LINES - 1))
        .sections()).hasSize(1);
    byte[] big = new byte[UnitFileLimits.MAX_FILE_BYTES + 1];
    big[0] = (byte) 0xFF; // the size is checked before any decoding
    assertThatThrownBy(() -> UnitFile.parse("big.container", big))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("big.container: larger than 4194304 bytes"
            + " (limit UnitFileLimits.MAX_FILE_BYTES = 4194304)");
    String wide = "\u00e9".repeat(UnitFileLimits.MAX_FILE_BYTES / 2 + 1);
    assertThatThrownBy(() -> UnitFile.parse("big2", wide))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("UnitFileLimits.MAX_FILE_BYTES");
  }

  @Test
  void manyDistinctSectionsAreMergedInLinearTime() {
    StringBuilder b = new StringBuilder();
    int n = UnitFileLimits.MAX_LINES / 2 - 1;
    for (int i = 0; i < n; i++) {
      b.append("[S").append(i).append("]\nK=").append(i).append('\n');
    }
    b.append("[S0]\nK=again\n");
    UnitFile f = UnitFile.parse("sections", b.toString());
    assertThat(f.sections()).hasSize(n);
    assertThat(f.values("S0", "K")).containsExactly("0", "again");
  }

  @Test
  void errorsAreOneLine() {
    List<Runnable> cases = new ArrayList<>();
    cases.add(() -> UnitFile.parse("a", "[A]\nK=\0\n"));
    cases.add(() -> UnitFile.parse("a", "[A]\nK" + "\n".repeat(3)));
    cases.add(() -> UnitFile.parse("a", new byte[] {'[', (byte) 0xC0, (byte) 0x80, ']'}));
    for (Runnable r : cases) {
      assertThatThrownBy(r::run).isInstanceOf(ParseException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }
}
