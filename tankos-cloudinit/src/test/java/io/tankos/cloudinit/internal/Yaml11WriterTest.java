package io.tankos.cloudinit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Yaml11Writer} against the SnakeYAML dumper it stands in for: on seeded random values with
 * hostile strings, and on the cloud-init conformance corpus, every value the writer accepts must
 * come out with the same characters; the rest must be values it is meant to leave to SnakeYAML.
 */
class Yaml11WriterTest {
  private static final long SEED = 0x7a6b11L;
  private static final int VALUES = 4000;

  /** Pieces YAML 1.1 or the emitter treat specially; strings are made of them and random text. */
  private static final String[] PIECES = {
      "", " ", "  ", "yes", "No", "on", "OFF", "y", "n", "true", "False", "~", "null", "NULL",
      "0o17", "0b1", "0b1_0", "1_000", "1:20", "190:20:30", ".5", "1e3", "1.0e+3", "+1", "-2", "0",
      "0644", "08", "0x1F", "-0x1f", "0_1", ".inf", "-.Inf", ".NaN", "2024-01-01",
      "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "12:30", "<<", "=", "!", "&",
      "*", "!!str", "|", ">", "%", "@", "`", "#", " #", "#x", "- ", "-", "? ", "?", ": ", ":", "a:",
      ":b", "'", "\"", "\\", "''", "{", "}", "[", "]", ",", "---", "...", "--", "\n", "\n\n", "\r",
      "\r\n", "\t", " \n", "\n ", "\u0085", "\u2028", "\u2029", "\ufeff", "\u00a0", "\u0000",
      "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f", "\u0080", "\u009f",
      "\ud83d\ude00", "\ud800", "\udc00", "é", "ß", "\u4e2d", "\ue000", "\ufffd", "\ufffe",
      "\uffff", "key", "value", "a b", "word", "-x", "x-", "http://example.com/a?b=c#d",
      "ssh-ed25519 AAAA", "/etc/fstab", "$HOME", "{{ v }}", "a, b", "[x]", "Content-Type: x",
      "#cloud-config"};

  @Test
  void writesTheBytesOfTheSnakeYamlDumper() {
    Random random = new Random(SEED);
    int compared = 0;
    int fallbacks = 0;
    Map<String, Integer> reasons = new java.util.TreeMap<>();
    for (int i = 0; i < VALUES; i++) {
      Object value = value(random, 0);
      String written = Yaml11Writer.write(value);
      String expected;
      try {
        expected = Yaml11.snakeDump(value);
      } catch (RuntimeException e) {
        assertThat(written).as("seed %d value %d: SnakeYAML fails (%s), the writer must leave it",
            SEED, i, e).isNull();
        fallbacks++;
        reasons.merge("SnakeYAML fails", 1, Integer::sum);
        continue;
      }
      if (written == null) {
        fallbacks++;
        String why = reason(value);
        assertThat(why).as("seed %d value %d left to SnakeYAML: %s", SEED, i, expected)
            .isNotNull();
        reasons.merge(why, 1, Integer::sum);
      } else {
        compared++;
        if (!written.equals(expected)) {
          fail("seed %d value %d differs:%n%s%n--- writer:%n%s%n--- SnakeYAML:%n%s", SEED, i,
              escaped(value.toString()), escaped(written), escaped(expected));
        }
      }
      assertThat(Yaml11.dump(value)).isEqualTo(expected);
      // a header written first changes nothing after it
      assertThat(Yaml11.dump("#cloud-config\n", value)).isEqualTo("#cloud-config\n" + expected);
    }
    System.out.printf("Yaml11Writer: %d generated values, %d written as SnakeYAML does, %d (%.1f%%)"
        + " left to SnakeYAML %s%n", VALUES, compared, fallbacks, 100.0 * fallbacks / VALUES,
        reasons);
    assertThat(compared).isGreaterThan(VALUES / 2);
  }

  @Test
  void everyPieceInEveryPlace() {
    int compared = 0;
    for (String a : PIECES) {
      for (String b : PIECES) {
        for (String s : List.of(a + b, a + "x" + b, b + " " + a)) {
          for (Object value : places(s)) {
            compared += same(value, "piece " + escaped(s)) ? 1 : 0;
          }
        }
      }
    }
    System.out.printf("Yaml11Writer: %d values of two pieces in every place written as SnakeYAML"
        + " does%n", compared);
    assertThat(compared).isGreaterThan(10_000);
  }

  @Test
  void longTextsAndLists() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 200; i++) {
      String s = text(random, 60 + random.nextInt(1200));
      for (Object value : places(s)) {
        same(value, "seed " + (SEED + 1) + " text " + i);
      }
      List<Object> list = new ArrayList<>();
      int n = random.nextInt(30);
      for (int j = 0; j < n; j++) {
        list.add(random.nextBoolean() ? text(random, random.nextInt(20)) : random.nextInt(1000));
      }
      same(list, "list " + i);
      same(Map.of("k", list), "list in a map " + i);
      same(List.of(list, list), "list in a list " + i);
    }
  }

  @Test
  void leavesOtherValuesToSnakeYaml() {
    assertThat(Yaml11Writer.write(new byte[] {1, 2})).isNull();
    assertThat(Yaml11Writer.write(Map.of("a", Set.of("b")))).isNull();
    assertThat(Yaml11Writer.write(List.of(1.5))).isNull();
    assertThat(Yaml11Writer.write(Map.of(1.5, "a"))).isNull();
    assertThat(Yaml11Writer.write(Map.of(List.of(), "a"))).isNull();
    assertThat(Yaml11Writer.write(Map.of(BigInteger.TEN.pow(122), "a"))).isNull();
    assertThat(same(Map.of(BigInteger.TEN.pow(121), "a"), "121 digits")).isTrue();
    assertThat(same(Map.of(BigInteger.TEN.pow(120).negate(), "a"), "-121 digits")).isTrue();
    assertThat(same(Map.of("k".repeat(122), List.of()), "key of 122")).isTrue();
    assertThat(Yaml11Writer.write(Map.of("", "a"))).isNull();
    assertThat(Yaml11Writer.write(Map.of("a\nb", "a"))).isNull();
    assertThat(Yaml11Writer.write(Map.of("k".repeat(123), "a"))).isNull();
    assertThat(Yaml11Writer.write("a\ud800b")).isNull();
    List<Object> self = new ArrayList<>();
    self.add(Map.of("a", "b"));
    self.add(self);
    assertThat(Yaml11Writer.write(self)).isNull();
    assertThat(Yaml11Writer.write(Map.of("a", List.of("b", "c")))).isEqualTo("a: [b, c]\n");
  }

  @Test
  void theCorpusAsDumped() throws IOException {
    Path corpus = Conformance.require("cloud-init"); // skips on a laptop without it, fails in CI
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int documents = 0;
    int fallbacks = 0;
    List<String> left = new ArrayList<>();
    for (Path file : files) {
      Object value;
      try {
        value = Yaml11.load(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (RuntimeException | IOException e) {
        continue; // not YAML (MIME, shell scripts, invalid examples)
      }
      if (value == null || !(value instanceof Map || value instanceof List)) {
        continue;
      }
      documents++;
      String written = Yaml11Writer.write(value);
      if (written == null) {
        fallbacks++;
        left.add(corpus.relativize(file).toString());
      } else {
        assertThat(written).as(file.toString()).isEqualTo(Yaml11.snakeDump(value));
      }
    }
    System.out.printf("Yaml11Writer: corpus %d YAML documents, %d (%.1f%%) left to SnakeYAML: %s%n",
        documents, fallbacks, documents == 0 ? 0.0 : 100.0 * fallbacks / documents, left);
    assertThat(documents).isGreaterThan(0);
  }

  /** Whether a value has a part the writer is meant to leave to SnakeYAML. */
  private static boolean leftToSnakeYaml(Object value) {
    return reason(value) != null;
  }

  /**
   * Why the writer leaves a value to SnakeYAML (the first reason found), or null: a lone
   * surrogate, a key SnakeYAML writes after {@code ?} or of another type, a value of another type.
   */
  private static String reason(Object value) {
    if (value instanceof String s) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isSurrogate(s.charAt(i)) && (Character.isHighSurrogate(s.charAt(i))
            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
            : i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
          return "lone surrogate";
        }
      }
      return null;
    }
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object key = e.getKey();
        String why;
        if (key == null || key instanceof Boolean || key instanceof Integer || key instanceof Long
            || key instanceof BigInteger) {
          why = key != null && key.toString().length() >= 123 ? "explicit key" : null;
        } else if (!(key instanceof String k)) {
          why = "key of another type";
        } else if (k.isEmpty() || k.length() >= 123 || k.indexOf('\n') >= 0
            || k.indexOf('\u0085') >= 0 || k.indexOf('\u2028') >= 0 || k.indexOf('\u2029') >= 0) {
          why = "explicit key";
        } else {
          why = reason(k);
        }
        if (why == null) {
          why = reason(e.getValue());
        }
        if (why != null) {
          return why;
        }
      }
      return null;
    }
    if (value instanceof List<?> l) {
      for (Object o : l) {
        String why = reason(o);
        if (why != null) {
          return why;
        }
      }
      return null;
    }
    return value == null || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof BigInteger ? null : "value of another type";
  }

  /** Compares the writer with SnakeYAML on one value; false when the writer leaves it. */
  private static boolean same(Object value, String what) {
    String written = Yaml11Writer.write(value);
    if (written == null) {
      assertThat(leftToSnakeYaml(value)).as("%s left to SnakeYAML", what).isTrue();
      return false;
    }
    String expected = Yaml11.snakeDump(value);
    if (!written.equals(expected)) {
      fail("%s differs:%n--- writer:%n%s%n--- SnakeYAML:%n%s", what, escaped(written),
          escaped(expected));
    }
    return true;
  }

  /** A string at the root, as key and value at two depths, in flow and block lists. */
  private static List<Object> places(String s) {
    // a key the writer leaves to SnakeYAML would leave the whole value
    String key = reason(Map.of(s, "")) == null ? s : "k";
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("a", s);
    nested.put("b", List.of(s, Map.of(key, List.of(s, "x"))));
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put(key, nested);
    outer.put("list", List.of(s, s, List.of(s)));
    outer.put("flow", List.of(s, 1, true));
    outer.put("empty", Map.of());
    List<Object> places = new ArrayList<>();
    places.add(s);
    places.add(outer);
    places.add(List.of(s, outer, List.of(List.of(s), nested)));
    places.add(List.of(List.of(s, "x".repeat(80))));
    return places;
  }

  private static Object value(Random r, int depth) {
    int kind = r.nextInt(depth > 4 ? 5 : 9);
    switch (kind) {
      case 0, 1, 2:
        return string(r);
      case 3:
        return switch (r.nextInt(6)) {
          case 0 -> null;
          case 1 -> r.nextBoolean();
          case 2 -> r.nextInt();
          case 3 -> r.nextLong();
          case 4 -> BigInteger.valueOf(r.nextLong()).multiply(BigInteger.valueOf(r.nextLong()));
          default -> r.nextInt(100) - 50;
        };
      case 4:
        return r.nextInt(40) == 0 ? rare(r) : string(r);
      case 5, 6: {
        Map<Object, Object> map = new LinkedHashMap<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
          Object key = r.nextInt(30) == 0 ? otherKey(r) : key(r);
          map.put(key, value(r, depth + 1));
        }
        return map;
      }
      default: {
        int n = r.nextInt(7);
        List<Object> list = r.nextInt(10) == 0 ? new LinkedList<>() : new ArrayList<>();
        boolean scalars = r.nextBoolean();
        for (int i = 0; i < n; i++) {
          list.add(scalars ? scalar(r) : value(r, depth + 1));
        }
        return list;
      }
    }
  }

  private static Object rare(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> new byte[] {1, 2, 3};
      case 1 -> 1.5;
      case 2 -> Set.of("a");
      default -> java.time.LocalDate.of(2024, 1, 1);
    };
  }

  private static Object scalar(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> r.nextInt(1000);
      case 1 -> r.nextBoolean() ? null : r.nextBoolean();
      default -> r.nextInt(3) == 0 ? word(r) : string(r);
    };
  }

  private static Object otherKey(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> null;
      case 1 -> r.nextBoolean();
      case 2 -> r.nextInt(9);
      case 3 -> r.nextLong();
      case 4 -> 0.5;
      default -> List.of("k");
    };
  }

  private static String key(Random r) {
    String s = r.nextInt(3) == 0 ? string(r) : word(r);
    return s.isEmpty() && r.nextBoolean() ? "k" : s;
  }

  private static String word(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  /** One to four pieces or random characters. */
  private static String string(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(10)) {
        case 0 -> b.append(text(r, 1 + r.nextInt(r.nextInt(20) == 0 ? 1500 : 90)));
        case 1 -> b.append((char) r.nextInt(0x100));
        case 2 -> b.append(word(r));
        case 3 -> b.append((char) r.nextInt(0x10000));
        default -> b.append(PIECES[r.nextInt(PIECES.length)]);
      }
    }
    return b.toString();
  }

  /** Words, spaces and now and then a line break or an indicator, of about this length. */
  private static String text(Random r, int length) {
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      int k = r.nextInt(20);
      if (k < 12) {
        b.append(word(r));
      } else if (k < 16) {
        b.append(' ');
      } else if (k < 17) {
        b.append('\n');
      } else {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
    }
    return b.toString();
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append("\\n\n");
      } else if (c < 0x20 || c >= 0x7f) {
        b.append(String.format("\\x{%04x}", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
