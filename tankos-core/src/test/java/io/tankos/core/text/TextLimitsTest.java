package io.tankos.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextLimitsTest {
  @Test
  void linesAreCountedInUtf8BytesWithoutTheLineFeed() {
    assertThatCode(() -> TextLimits.checkLines("f", "abcd\n\u00e9\u00e9\n", 2, "L", 4, "B"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> TextLimits.checkLines("f", "abcd\n\u00e9\u00e9x\n", 2, "L", 4, "B"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("f:2: line is 5 bytes long (limit B = 4)");
    assertThatThrownBy(() -> TextLimits.checkLines("f", "a\nb\nc", 2, "L", 4, "B"))
        .hasMessage("f:3: more than 2 lines (limit L = 2)");
    assertThatCode(() -> TextLimits.checkLines("f", "a\nb\n", 2, "L", 4, "B"))
        .doesNotThrowAnyException();
  }

  @Test
  void sizeIsCountedInUtf8BytesAtEveryLengthAroundTheLimit() {
    // 4 chars: 4 bytes of ASCII, 8 of é, 12 of €, 16 of an emoji pair (2 chars each)
    for (String c : new String[] {"a", "\u00e9", "\u20ac", "\uD83D\uDE00"}) {
      for (int n = 1; n <= 8; n++) {
        String text = c.repeat(n);
        int bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        for (int max = bytes - 1; max <= bytes; max++) {
          int limit = max;
          if (bytes > limit) {
            assertThatThrownBy(() -> TextLimits.checkSize("f", text, limit, "S"))
                .as("%d x %s, limit %d", n, c, limit)
                .hasMessage("f: larger than " + limit + " bytes (limit S = " + limit + ")");
          } else {
            assertThatCode(() -> TextLimits.checkSize("f", text, limit, "S"))
                .as("%d x %s, limit %d", n, c, limit).doesNotThrowAnyException();
          }
        }
      }
    }
  }

  @Test
  void boundedReadStopsAfterTheLimit() {
    assertThatThrownBy(() -> BoundedInput.readAll("big", new ByteArrayInputStream(new byte[101]),
        100, "X.MAX"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage("big: larger than 100 bytes (limit X.MAX = 100)");
    assertThatCode(() -> BoundedInput.readAll("ok", new ByteArrayInputStream(new byte[100]), 100,
        "X.MAX")).doesNotThrowAnyException();
  }

  @Test
  void aFileIsReadWholeWhateverItsSizeAgainstTheChunks(@TempDir Path dir) throws Exception {
    Random random = new Random(5);
    // the first read is sized to the file: sizes around it and around the 64 KiB chunks
    for (int size : new int[] {0, 1, 2, 300, 65_535, 65_536, 65_537, 131_072, 200_001}) {
      byte[] content = new byte[size];
      random.nextBytes(content);
      Path f = Files.write(dir.resolve("f" + size), content);
      assertThat(BoundedInput.readAll("f", f, 200_001, "X.MAX")).as("size %d", size).isEqualTo(content);
      if (size > 0) {
        assertThatThrownBy(() -> BoundedInput.readAll("f", f, size - 1L, "X.MAX")).as("size %d", size)
            .isInstanceOf(LimitExceededException.class);
      }
    }
  }

  @Test
  void aFileThatReportsNoSizeIsReadWhole() {
    // /proc files report size 0 and have content: read past the first one-byte read
    byte[] status = BoundedInput.readAll("status", Path.of("/proc/self/status"), 1 << 20, "X.MAX");
    assertThat(new String(status, StandardCharsets.US_ASCII)).contains("Name:").contains("VmRSS");
  }

  @Test
  void aFileThatCannotBeOpenedFailsWithTheTypedReason(@TempDir Path dir) throws Exception {
    // the java.io opening only says "(No such file or directory)": the reason comes typed
    assertThatThrownBy(() -> BoundedInput.readAll("gone", dir.resolve("gone"), 100, "X.MAX"))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
    Path loop = Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
    assertThatThrownBy(() -> BoundedInput.readAll("loop", loop, 100, "X.MAX"))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasCauseInstanceOf(java.nio.file.FileSystemException.class);
    assertThatThrownBy(() -> BoundedInput.readAll("dir", dir, 100, "X.MAX"))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("Is a directory");
  }

  @Test
  void aFileOfAnotherFileSystemIsReadThroughItsProvider(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("a.zip");
    try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip,
        java.util.Map.of("create", "true"))) {
      Files.writeString(fs.getPath("/u.container"), "[Container]\n");
    }
    try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip)) {
      assertThat(BoundedInput.readAll("u", fs.getPath("/u.container"), 100, "X.MAX"))
          .isEqualTo("[Container]\n".getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> BoundedInput.readAll("u", fs.getPath("/u.container"), 5, "X.MAX"))
          .isInstanceOf(LimitExceededException.class);
    }
  }
}
