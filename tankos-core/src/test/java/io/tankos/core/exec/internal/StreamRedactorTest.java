package io.tankos.core.exec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link StreamRedactor} against a whole-input reference (leftmost, longest first), for seeded random
 * patterns, texts and cuts: the same output however the stream is cut. The seed is in each test's
 * name and in every failure message.
 */
class StreamRedactorTest {
  private static final long BASE_SEED = 0x7a4c05L;
  private static final int CASES = 300;
  private static final String ALPHABET = "abc\n";

  @TestFactory
  Stream<DynamicTest> anyCutGivesTheReferenceRedaction() {
    return Stream.iterate(0, i -> i + 1)
        .limit(CASES)
        .map(i -> BASE_SEED + i)
        .map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
  }

  private static void check(long seed) {
    Random random = new Random(seed);
    List<byte[]> patterns = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      patterns.add(randomText(random, 1 + random.nextInt(random.nextBoolean() ? 4 : 40)));
    }
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    int parts = random.nextInt(30);
    for (int i = 0; i < parts; i++) {
      byte[] part =
          random.nextInt(3) == 0
              ? patterns.get(random.nextInt(patterns.size()))
              : randomText(random, random.nextInt(60));
      input.write(part, 0, part.length);
    }
    byte[] in = input.toByteArray();

    StreamRedactor redactor = new StreamRedactor(patterns);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < in.length) {
      int n = Math.min(in.length - at, 1 + random.nextInt(random.nextBoolean() ? 3 : 50));
      redactor.write(in, at, n, out::write);
      at += n;
    }
    redactor.finish(out::write);

    assertThat(text(out.toByteArray()))
        .as("seed %d, patterns %s, input %s", seed, show(patterns), show(List.of(in)))
        .isEqualTo(text(reference(in, patterns)));
  }

  @Test
  void completeLinesPassAtOnceWhenNoPatternHasANewline() {
    StreamRedactor redactor = new StreamRedactor(List.of(bytes("s3cret-value")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    redactor.write(bytes("line one\nline two s3cr"), 0, 22, out::write);
    // the complete line at once; of the rest, all but the last 11 bytes (the pattern's length - 1)
    assertThat(text(out.toByteArray())).isEqualTo("line one\nli");
    redactor.write(bytes("et-value and more\n"), 0, 18, out::write);
    assertThat(text(out.toByteArray())).isEqualTo("line one\nline two <redacted> and more\n");
  }

  @Test
  void aPatternWithANewlineIsFoundAcrossLines() {
    StreamRedactor redactor = new StreamRedactor(List.of(bytes("BEGIN KEY\nabc\nEND")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] in = bytes("x BEGIN KEY\nabc\nEND y\n");
    for (int i = 0; i < in.length; i++) {
      redactor.write(in, i, 1, out::write);
    }
    redactor.finish(out::write);
    assertThat(text(out.toByteArray())).isEqualTo("x <redacted> y\n");
  }

  /** Leftmost occurrence first, longest pattern at a position first, on the whole input. */
  private static byte[] reference(byte[] in, List<byte[]> patterns) {
    List<byte[]> longestFirst = new ArrayList<>(patterns);
    longestFirst.sort(Comparator.comparingInt((byte[] p) -> p.length).reversed());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    next:
    while (i < in.length) {
      for (byte[] p : longestFirst) {
        if (i + p.length <= in.length && java.util.Arrays.equals(in, i, i + p.length, p, 0, p.length)) {
          out.write(StreamRedactor.MARK, 0, StreamRedactor.MARK.length);
          i += p.length;
          continue next;
        }
      }
      out.write(in[i++]);
    }
    return out.toByteArray();
  }

  private static byte[] randomText(Random random, int length) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return b;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static String show(List<byte[]> texts) {
    List<String> shown = new ArrayList<>();
    for (byte[] t : texts) {
      shown.add(text(t).replace("\n", "\\n"));
    }
    return shown.toString();
  }
}
