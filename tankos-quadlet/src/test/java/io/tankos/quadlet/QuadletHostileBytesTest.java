package io.tankos.quadlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import io.tankos.quadlet.generator.GeneratorMode;
import io.tankos.quadlet.generator.GeneratorResult;
import io.tankos.quadlet.generator.QuadletBinary;
import io.tankos.quadlet.generator.QuadletGenerator;
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
 * Hostile bytes in Quadlet files, through the byte-taking parse APIs, with the real generators'
 * verdicts: a NUL in a key makes Quadlet fail ({@code unsupported key}), a NUL in a value is cut
 * off by Quadlet (the value changes silently), so tankos refuses both at their line; malformed
 * UTF-8 is refused with line and byte offset; other control characters reach podman unchanged and
 * read back exactly. Tag {@code hostile}: runs in the small-heap fork.
 */
@Tag("hostile")
class QuadletHostileBytesTest {
  private static final String UNIT = "[Unit]\nDescription=gateway \u00e9\u20ac\n\n[Container]\n"
      + "Image=quay.io/openclaw/openclaw:latest\nEnvironment=GREETING=\u4e2d\u6587\n"
      + "Label=app=gw\n";

  @Test
  void nulInAKeyIsRefusedAsQuadletRefusesIt() {
    String text = "[Container]\nImage=quay.io/a/b:1\nEnv\0ironment=A=1\n";
    assertThatThrownBy(() -> QuadletUnit.parse("nulkey.container", bytes(text)))
        .isExactlyInstanceOf(ParseException.class)
        .hasMessage("nulkey.container:3: NUL character in a key (at column 4 of the trimmed line);"
            + " Quadlet and systemd cannot carry it");
    for (QuadletBinary q : QuadletBinary.both()) {
      GeneratorResult r = run(q, "nulkey.container", text);
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.diagnostics()).as(r.toString()).anyMatch(l -> l.contains("unsupported key"));
    }
  }

  @Test
  void nulInAValueIsRefusedBecauseQuadletCutsTheValue() {
    String text = "[Container]\nImage=quay.io/a/b:1\nEnvironment=A=x\0y\n";
    assertThatThrownBy(() -> QuadletUnit.parse("nul.container", bytes(text)))
        .isExactlyInstanceOf(ParseException.class)
        .hasMessageStartingWith("nul.container:3: NUL character in the value of Environment");
    assertThatThrownBy(() -> DropIn.parse("nul.container.d/10.conf", bytes(text)))
        .hasMessageStartingWith("nul.container.d/10.conf:3: NUL character in the value");
    for (QuadletBinary q : QuadletBinary.both()) {
      GeneratorResult r = run(q, "nul.container", text);
      String exec = r.service("nul.service").orElseThrow().lines()
          .filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
      // the generator accepts the file but passes on "A=x": the rest of the value is gone
      assertThat(exec).as(q.toString()).endsWith(" --env A=x quay.io/a/b:1");
    }
  }

  @TestFactory
  Stream<DynamicTest> malformedUtf8IsRefusedWithLineAndOffset() {
    return HostileBytes.seeds().stream()
        .flatMap(seed -> HostileBytes.corruptions(seed, UNIT, 10).stream())
        .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
          for (Runnable parse : List.<Runnable>of(
              () -> QuadletUnit.parse("gw.container", c.bytes()),
              () -> QuadletUnit.parseLenient("gw.container", c.bytes()),
              () -> DropIn.parseLenient("gw.container.d/1.conf", c.bytes()))) {
            assertThatThrownBy(parse::run).as(c.toString())
                .isExactlyInstanceOf(ParseException.class)
                .hasMessageContaining(":" + c.line() + ": not valid UTF-8")
                .hasMessageContaining("byte offset " + c.offset());
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> controlCharactersReachPodmanAndReadBackExactly() {
    return HostileBytes.seeds().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random rnd = new Random(seed);
      List<String> labels = new ArrayList<>();
      StringBuilder text = new StringBuilder("[Container]\nImage=quay.io/a/b:1\n");
      for (int i = 0; i < 8; i++) {
        char c;
        do {
          c = HostileBytes.control(rnd);
        } while (c == 0 || c >= 0x7F || (c >= '\t' && c <= '\r')); // those split exec words
        String v = "k" + i + "=x" + c + "y";
        labels.add(v);
        text.append("Label=").append(v).append('\n');
      }
      byte[] bytes = bytes(text.toString());
      ContainerUnit unit = (ContainerUnit) QuadletUnit.parse("ctl.container", bytes);
      assertThat(unit.render()).as("seed %d", seed).isEqualTo(text.toString());
      QuadletBinary q = QuadletBinary.sid();
      String exec = run(q, "ctl.container", text.toString()).service("ctl.service").orElseThrow()
          .lines().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
      for (String v : labels) {
        char c = v.charAt(4);
        String escaped = c == 7 ? "\\a" : c == 8 ? "\\b" : String.format("\\x%02x", (int) c);
        assertThat(exec).as("seed %d, label %s", seed, v)
            .contains("\"" + v.substring(0, 4) + escaped + "y\"");
      }
    }));
  }

  @Test
  void oversizedFilesFailBeforeDecoding() {
    byte[] big = new byte[io.tankos.core.unit.UnitFileLimits.MAX_FILE_BYTES + 1];
    assertThatThrownBy(() -> QuadletUnit.parse("big.container", big))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("big.container: larger than 4194304 bytes");
  }

  private static GeneratorResult run(QuadletBinary q, String name, String text) {
    FileTree units = FileTree.builder().file(name, text.getBytes(StandardCharsets.UTF_8)).build();
    return new QuadletGenerator(q).dryRun(units, GeneratorMode.SYSTEM);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
