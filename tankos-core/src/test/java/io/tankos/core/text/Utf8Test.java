package io.tankos.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ParseException;
import io.tankos.testkit.HostileBytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The strict decoder: every kind of malformed UTF-8 is reported at its line and byte offset. */
class Utf8Test {
  static final String TEXT = "first line\nsecond \u00e9t\u00e9 \u20ac\nthird \uD83D\uDE00 end\n"
      + "\u4e2d\u6587\n";

  @TestFactory
  Stream<DynamicTest> malformedInputIsReportedWhereItStarts() {
    return HostileBytes.seeds().stream()
        .flatMap(seed -> HostileBytes.corruptions(seed, TEXT, 20).stream())
        .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
          assertThatThrownBy(() -> Utf8.decode("f.txt", c.bytes()))
              .as(c.toString())
              .isExactlyInstanceOf(ParseException.class)
              .hasMessageStartingWith("f.txt:" + c.line() + ": not valid UTF-8: ")
              .hasMessageContaining(" at byte offset " + c.offset() + " ")
              .hasMessageNotContaining("\n");
          assertThat(Utf8.decodeIfValid(c.bytes())).as(c.toString()).isEmpty();
        }));
  }

  @TestFactory
  Stream<DynamicTest> validTextRoundTripsExactly() {
    return HostileBytes.seeds().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random rnd = new Random(seed);
      for (int i = 0; i < 200; i++) {
        StringBuilder b = new StringBuilder();
        for (int n = rnd.nextInt(40); n > 0; n--) {
          int cp;
          do {
            cp = rnd.nextInt(4) == 0 ? rnd.nextInt(0x110000) : rnd.nextInt(0x800);
          } while (cp >= 0xD800 && cp <= 0xDFFF);
          b.appendCodePoint(cp);
        }
        String s = b.toString();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.decode("x", bytes)).as("seed %d: %s", seed, s).isEqualTo(s);
        assertThat(Utf8.decodeIfValid(bytes)).as("seed %d: %s", seed, s).contains(s);
        assertThat(Utf8.encodedLength(s)).as("seed %d", seed).isEqualTo(bytes.length);
      }
    }));
  }

  @Test
  void messageNamesTheBytesAndThePlaceInTheLine() {
    byte[] bytes = "ab\ncd\u00e9\nx".getBytes(StandardCharsets.UTF_8);
    bytes[7] = (byte) 0xFF; // the line feed after é
    assertThatThrownBy(() -> Utf8.decode("unit", bytes))
        .hasMessage("unit:2: not valid UTF-8: byte 0xff at byte offset 7 (byte 5 of line 2)");
    assertThatThrownBy(() -> Utf8.decode("unit", new byte[] {'a', (byte) 0xED, (byte) 0xA0,
        (byte) 0x80}))
        .hasMessage("unit:1: not valid UTF-8: bytes 0xed 0xa0 0x80 at byte offset 1 (byte 2 of line 1)");
  }

  @Test
  void aWrittenReplacementCharacterIsTextAndDoesNotHideALaterError() {
    assertThat(Utf8.decode("x", "a\uFFFDb\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("a\uFFFDb\n");
    assertThat(Utf8.decodeIfValid("a\uFFFDb".getBytes(StandardCharsets.UTF_8))).contains("a\uFFFDb");
    byte[] bytes = "\uFFFD\nok \uFFFD x".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = (byte) 0xC0; // an overlong lead byte where x was
    assertThatThrownBy(() -> Utf8.decode("unit", bytes))
        .hasMessage("unit:2: not valid UTF-8: byte 0xc0 at byte offset 11 (byte 8 of line 2)");
  }

  @Test
  void byteOrderMarkAndNulAreValidUtf8() {
    assertThat(Utf8.decode("x", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 0, 'a'}))
        .isEqualTo("\ufeff\0a");
  }

  @Test
  void textsCompareByCodePointAsTheirUtf8BytesDo() {
    // U+FF5E sorts before U+1F600 by code point, after its surrogates by UTF-16 unit
    assertThat(Utf8.compareCodePoints("\uff5e", "\ud83d\ude00")).isNegative();
    assertThat("\uff5e".compareTo("\ud83d\ude00")).isPositive();
    SplittableRandom r = new SplittableRandom(11);
    String[] pool = {"a", "b", "users", ".", "1", "10", "2", "\u00e9", "\uff5e", "\ud83d\ude00", ""};
    for (int i = 0; i < 20_000; i++) {
      String a = word(r, pool);
      String b = word(r, pool);
      byte[] x = a.getBytes(StandardCharsets.UTF_8);
      byte[] y = b.getBytes(StandardCharsets.UTF_8);
      assertThat(Integer.signum(Utf8.compareCodePoints(a, b))).as("%s / %s", a, b)
          .isEqualTo(Integer.signum(Arrays.compareUnsigned(x, y)));
    }
  }

  private static String word(SplittableRandom r, String[] pool) {
    StringBuilder out = new StringBuilder();
    for (int n = r.nextInt(4); n > 0; n--) {
      out.append(pool[r.nextInt(pool.length)]);
    }
    return out.toString();
  }
}
