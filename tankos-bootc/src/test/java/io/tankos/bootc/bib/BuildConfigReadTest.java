package io.tankos.bootc.bib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BuildConfig#read(Path)} and {@link BuildConfig#parse(String, byte[])}: bounded, strict UTF-8. */
class BuildConfigReadTest {
  @TempDir Path dir;

  private static final String TOML = "[customizations.kernel]\nappend = \"console=ttyS0\"\n";

  @Test
  void readsTomlAndJsonByExtension() throws Exception {
    BuildConfig config = BuildConfig.builder().kernelAppend("console=ttyS0").build();
    Path toml = Files.writeString(dir.resolve("config.toml"), TOML);
    Path json = Files.writeString(dir.resolve("config.json"), config.toJson());
    assertThat(BuildConfig.read(toml)).isEqualTo(config);
    assertThat(BuildConfig.read(json)).isEqualTo(config);
    assertThat(BuildConfig.parse("c.toml", TOML.getBytes(StandardCharsets.UTF_8))).isEqualTo(config);
  }

  @Test
  void aFileOneByteOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
    assertThat(BuildConfig.MAX_FILE_BYTES).isEqualTo(1024 * 1024);
    Path big = dir.resolve("big.toml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write(TOML.getBytes(StandardCharsets.UTF_8));
      f.setLength(BuildConfig.MAX_FILE_BYTES + 1L); // sparse
    }
    assertThatThrownBy(() -> BuildConfig.read(big))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage(big + ": larger than 1048576 bytes (limit BuildConfig.MAX_FILE_BYTES = 1048576)");
    assertThatThrownBy(() -> BuildConfig.parse("c.json", new byte[BuildConfig.MAX_FILE_BYTES + 1]))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageStartingWith("c.json: larger than 1048576 bytes");
    // exactly at the limit is read (and then parsed: padding spaces are valid TOML)
    byte[] atLimit = new byte[BuildConfig.MAX_FILE_BYTES];
    java.util.Arrays.fill(atLimit, (byte) ' ');
    byte[] t = TOML.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(t, 0, atLimit, 0, t.length);
    assertThat(BuildConfig.parse("c.toml", atLimit).kernelAppend()).contains("console=ttyS0");
  }

  @Test
  void malformedUtf8IsAnErrorAtItsLineAndOffset() throws Exception {
    byte[] bytes = (TOML + "# caf\u00e9\n").getBytes(StandardCharsets.UTF_8);
    byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 2); // cut inside the é, drop \n
    Path bad = Files.write(dir.resolve("bad.toml"), truncated);
    int offset = truncated.length - 1;
    assertThatThrownBy(() -> BuildConfig.read(bad))
        .isInstanceOf(ParseException.class)
        .hasMessage(bad + ":3: not valid UTF-8: byte 0xc3 at byte offset " + offset + " (byte 6 of line 3)");
    assertThatThrownBy(() -> BuildConfig.parse("c.json", new byte[] {'{', (byte) 0xff, '}'}))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("c.json:1: not valid UTF-8: byte 0xff at byte offset 1");
  }

  @Test
  void anotherExtensionOrAMissingFileIsRefused() {
    assertThatThrownBy(() -> BuildConfig.read(dir.resolve("config.yaml")))
        .isInstanceOf(ParseException.class)
        .hasMessageEndingWith("config.yaml: unsupported file extension (use .toml or .json)");
    assertThatThrownBy(() -> BuildConfig.read(dir.resolve("missing.toml")))
        .isInstanceOf(UncheckedIOException.class);
  }
}
