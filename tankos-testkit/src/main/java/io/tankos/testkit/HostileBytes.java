package io.tankos.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of hostile input for parser tests (plain JUnit 5, no property-testing library):
 * invalid UTF-8 of every kind placed at the start, middle or end of valid text or splitting a
 * multi-byte character, and control characters. Each generated case knows the byte offset where a
 * strict decoder must stop, so a test can assert the exact error position.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> invalidUtf8() {
 *   return HostileBytes.seeds().stream().flatMap(seed ->
 *       HostileBytes.corruptions(seed, valid, 20).stream().map(c ->
 *           DynamicTest.dynamicTest(c.toString(), () -> assertRefused(c))));
 * }
 * }</pre>
 */
public final class HostileBytes {
  /** The system property that replaces the fixed seeds with one seed, to replay a failure. */
  public static final String SEED_PROPERTY = "tankos.seed";

  private static final List<Sequence> INVALID = List.of(
      new Sequence("lone continuation byte", bytes(0x80)),
      new Sequence("continuation byte 0xBF", bytes(0xBF)),
      new Sequence("byte 0xFF", bytes(0xFF)),
      new Sequence("byte 0xFE", bytes(0xFE)),
      new Sequence("byte 0xF5 (beyond U+10FFFF)", bytes(0xF5, 0x80, 0x80, 0x80)),
      new Sequence("overlong '/' (C0 AF)", bytes(0xC0, 0xAF)),
      new Sequence("overlong NUL (C0 80)", bytes(0xC0, 0x80)),
      new Sequence("overlong C1 BF", bytes(0xC1, 0xBF)),
      new Sequence("overlong 3 bytes (E0 80 AF)", bytes(0xE0, 0x80, 0xAF)),
      new Sequence("overlong 4 bytes (F0 80 80 AF)", bytes(0xF0, 0x80, 0x80, 0xAF)),
      new Sequence("surrogate U+D800 (ED A0 80)", bytes(0xED, 0xA0, 0x80)),
      new Sequence("surrogate U+DFFF (ED BF BF)", bytes(0xED, 0xBF, 0xBF)),
      new Sequence("surrogate pair as CESU-8", bytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80)),
      new Sequence("code point U+110000 (F4 90 80 80)", bytes(0xF4, 0x90, 0x80, 0x80)),
      new Sequence("truncated 2-byte sequence", bytes(0xC3)),
      new Sequence("truncated 3-byte sequence", bytes(0xE2, 0x82)),
      new Sequence("truncated 4-byte sequence", bytes(0xF0, 0x9F, 0x98)),
      new Sequence("Latin-1 e-acute (E9)", bytes(0xE9)));

  private static final String CONTROLS = controls();

  private HostileBytes() {}

  private static String controls() {
    StringBuilder b = new StringBuilder();
    for (char c = 0; c < 0xA0; c++) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c >= 0x7F) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A named byte sequence. */
  public record Sequence(String name, byte[] bytes) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Valid text with one malformed sequence in it.
   *
   * @param seed the generator's seed
   * @param what what was done, e.g. {@code byte 0xFF in the middle}
   * @param bytes the whole input
   * @param offset the byte offset of the first malformed byte
   * @param line the one-based line of that byte
   */
  public record Corruption(long seed, String what, byte[] bytes, int offset, int line) {
    @Override
    public String toString() {
      return what + " at byte " + offset + " (seed " + seed + ")";
    }
  }

  /**
   * The seeds a hostile test runs with: three fixed ones, or the one given in the system property
   * {@value #SEED_PROPERTY}.
   *
   * @return the seeds
   */
  public static List<Long> seeds() {
    String forced = System.getProperty(SEED_PROPERTY);
    if (forced != null && !forced.isBlank()) {
      return List.of(Long.parseLong(forced.trim()));
    }
    return List.of(0x7a4b05L, 20261204L, -4242L);
  }

  /**
   * Every kind of malformed UTF-8 sequence this generator places.
   *
   * @return the sequences
   */
  public static List<Sequence> invalidSequences() {
    return INVALID;
  }

  /**
   * Places malformed UTF-8 into valid text: each kind of {@link #invalidSequences()} at the start,
   * at the end, at a random character boundary, and by cutting a multi-byte character short.
   *
   * @param seed the seed
   * @param valid valid UTF-8 text to corrupt (should contain multi-byte characters)
   * @param random how many further random placements to add
   * @return the corruptions, each with the offset a strict decoder must report
   */
  public static List<Corruption> corruptions(long seed, String valid, int random) {
    Random rnd = new Random(seed);
    byte[] text = valid.getBytes(StandardCharsets.UTF_8);
    List<Integer> boundaries = new ArrayList<>();
    List<int[]> multiByte = new ArrayList<>();
    for (int i = 0; i <= text.length; i++) {
      if (i == text.length || (text[i] & 0xC0) != 0x80) {
        boundaries.add(i);
        if (i < text.length && (text[i] & 0x80) != 0) {
          int len = (text[i] & 0xE0) == 0xC0 ? 2 : (text[i] & 0xF0) == 0xE0 ? 3 : 4;
          multiByte.add(new int[] {i, len});
        }
      }
    }
    List<Corruption> out = new ArrayList<>();
    for (Sequence s : INVALID) {
      out.add(insert(seed, s.name + " at the start", text, 0, s.bytes));
      out.add(insert(seed, s.name + " at the end", text, text.length, s.bytes));
      int at = boundaries.get(rnd.nextInt(boundaries.size()));
      out.add(insert(seed, s.name + " in the middle", text, at, s.bytes));
    }
    for (int[] mb : multiByte.subList(0, Math.min(multiByte.size(), 4))) {
      int cut = 1 + rnd.nextInt(mb[1] - 1);
      byte[] bytes = new byte[text.length - (mb[1] - cut)];
      System.arraycopy(text, 0, bytes, 0, mb[0] + cut);
      System.arraycopy(text, mb[0] + mb[1], bytes, mb[0] + cut, text.length - mb[0] - mb[1]);
      out.add(new Corruption(seed, "multi-byte character cut after " + cut + " byte(s)", bytes,
          mb[0], lineAt(bytes, mb[0])));
    }
    for (int i = 0; i < random; i++) {
      Sequence s = INVALID.get(rnd.nextInt(INVALID.size()));
      int at = boundaries.get(rnd.nextInt(boundaries.size()));
      out.add(insert(seed, s.name + " at a random place", text, at, s.bytes));
    }
    return out;
  }

  /**
   * A random control character of C0 (other than tab, line feed and carriage return), DEL or C1.
   *
   * @param rnd the generator
   * @return the character
   */
  public static char control(Random rnd) {
    return CONTROLS.charAt(rnd.nextInt(CONTROLS.length()));
  }

  private static Corruption insert(long seed, String what, byte[] text, int at, byte[] bad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(text, 0, at);
    out.write(bad, 0, bad.length);
    out.write(text, at, text.length - at);
    byte[] bytes = out.toByteArray();
    return new Corruption(seed, what, bytes, at, lineAt(bytes, at));
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
