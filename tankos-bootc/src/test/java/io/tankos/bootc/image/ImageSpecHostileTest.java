package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.HostileBytes;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile specs give one clear error within bounded memory (this suite runs in the 64 MiB fork):
 * nothing is read past the size limit, nested past the depth limit, counted past the node limit or
 * expanded from an alias.
 */
@Tag("hostile")
class ImageSpecHostileTest {
  @TempDir Path dir;

  private static RuntimeException error(String text) {
    Throwable t = catchThrowable(() -> ImageSpec.read("spec.yaml", text));
    assertThat(t).isInstanceOfAny(ParseException.class, ValidationException.class);
    return (RuntimeException) t;
  }

  @Test
  void aFileOverTheSizeLimitIsNotReadWhole() throws Exception {
    Path huge = dir.resolve("huge.yaml");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(4L << 30); // 4 GiB, sparse: reading it whole would not fit the heap
    }
    Throwable t = catchThrowable(() -> ImageSpec.read(huge));
    assertThat(t).isInstanceOf(LimitExceededException.class)
        .hasMessage(huge + ": larger than 1048576 bytes (limit ImageSpec.MAX_BYTES = 1048576)");
  }

  @Test
  void textAndBytesOverTheSizeLimitAreRefused() {
    String text = "preset: tank-os\n# " + "x".repeat(ImageSpec.MAX_BYTES) + "\n";
    assertThat(error(text)).isInstanceOf(LimitExceededException.class)
        .hasMessage("spec.yaml: larger than 1048576 bytes (limit ImageSpec.MAX_BYTES = 1048576)");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(catchThrowable(() -> ImageSpec.read("spec.yaml", bytes))).isInstanceOf(LimitExceededException.class);
  }

  @Test
  void deepNestingStopsAtTheDepthLimit() {
    String flow = "preset: tank-os\npackages: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    assertThat(error(flow)).isInstanceOf(LimitExceededException.class)
        .hasMessage("spec.yaml:2: values nested deeper than 16 levels (limit ImageSpec.MAX_DEPTH = 16)");
    StringBuilder block = new StringBuilder("preset: tank-os\n");
    for (int i = 0; i < 600; i++) {
      block.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    assertThat(error(block.toString())).isInstanceOf(LimitExceededException.class)
        .hasMessage("spec.yaml:18: values nested deeper than 16 levels (limit ImageSpec.MAX_DEPTH = 16)");
  }

  @Test
  void manyValuesStopAtTheNodeLimit() {
    String text = "preset: tank-os\npackages: [" + "a,".repeat(300_000) + "a]\n";
    assertThat(error(text)).isInstanceOf(LimitExceededException.class)
        .hasMessage("spec.yaml:2: more than 100000 values (limit ImageSpec.MAX_NODES = 100000)");
  }

  @Test
  void aliasBombsAreRefusedAtTheFirstAnchor() {
    StringBuilder bomb = new StringBuilder("preset: tank-os\nlabels:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 30; i++) {
      bomb.append("  a").append(i).append(": &a").append(i).append(" [");
      bomb.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
    }
    assertThat(error(bomb.toString())).hasMessage("spec.yaml:3: anchors (&a0) are not allowed in a spec");
    assertThat(error("preset: tank-os\npackages: [*undefined]\n")).isInstanceOf(ParseException.class)
        .hasMessageStartingWith("spec.yaml:2: ");
    assertThat(error("preset: tank-os\n<<: {lint: false}\n"))
        .hasMessage("spec.yaml:2: unknown key '<<' (known keys: preset, base, labels, release, buildArgs, packages,"
            + " files, enabledSystemUnits, maskedSystemUnits, systemUnits, userUnits, enableCloudInitUnits, lint,"
            + " user, instances, provisioning)");
  }

  @Test
  void tagsAreRefused() {
    assertThat(error("preset: tank-os\nlint: !!python/object:os.system ls\n")).isInstanceOf(ParseException.class)
        .hasMessage("spec.yaml:2: tags (tag:yaml.org,2002:python/object:os.system) are not allowed in a spec:"
            + " a value's type follows from its key");
    assertThat(error("%TAG !e! tag:example.com,2000:\n---\npreset: !e!x tank-os\n"))
        .hasMessageStartingWith("spec.yaml:3: tags (");
  }

  @ParameterizedTest
  @MethodSource("controls")
  void controlCharactersAreRefusedWithTheirLine(char c) {
    assertThat(error("preset: tank-os\nrelease:\n  summary: \"a" + c + "b\"\n")).isInstanceOf(ParseException.class)
        .hasMessage(String.format("spec.yaml:3: character U+%04X is not allowed in a spec (in a double-quoted"
            + " string write it as \\u%04x)", (int) c, (int) c));
  }

  static Stream<Character> controls() {
    return Stream.of('\0', '\u0001', '\u001b', '\u007f', '\u0080', '\u009f', '\ufffe', '\ud800');
  }

  @Test
  void escapedControlCharactersAreReadInDoubleQuotedStrings() {
    TankOsImage image = ImageSpec.read("spec.yaml", "preset: tank-os\nfiles:\n  - path: /etc/x\n"
        + "    text: \"a\\u0000b\\x1b\"\n");
    assertThat(image.files().get(0).text()).isEqualTo("a\0b\u001b");
  }

  @ParameterizedTest
  @MethodSource("io.tankos.testkit.HostileBytes#invalidSequences")
  void invalidUtf8IsRefusedWithItsLineAndOffset(HostileBytes.Sequence bad) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("preset: tank-os\nrelease:\n  summary: x".getBytes(StandardCharsets.UTF_8));
    b.write(bad.bytes());
    b.write("y\n".getBytes(StandardCharsets.UTF_8));
    Throwable t = catchThrowable(() -> ImageSpec.read("spec.yaml", b.toByteArray()));
    assertThat(t).isInstanceOf(ParseException.class)
        .hasMessageStartingWith("spec.yaml:3: not valid UTF-8: ")
        .hasMessageContaining("at byte offset 37 (byte 13 of line 3)");
  }

  @Test
  void longKeysAndValuesWithinTheLimitAreFine() {
    String text = "preset: tank-os\nrelease:\n  summary: " + "x".repeat(500_000) + "\n";
    assertThat(ImageSpec.read("spec.yaml", text).release().summary()).hasSize(500_000);
    assertThat(error("preset: tank-os\n" + "k".repeat(1000) + ": 1\n").getMessage())
        .startsWith("spec.yaml:2: unknown key 'kkkk").hasSizeLessThan(400);
    assertThat(error("preset: tank-os\n" + "k".repeat(500_000) + ": 1\n").getMessage())
        .isEqualTo("spec.yaml:2: not valid YAML: while scanning a simple key, could not find expected ':'");
  }
}
