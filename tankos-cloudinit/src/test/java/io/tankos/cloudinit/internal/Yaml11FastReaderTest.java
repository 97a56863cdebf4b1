package io.tankos.cloudinit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.tankos.core.validation.Problems;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Yaml11FastReader} against the SnakeYAML load it stands in for: every document it reads
 * must be one SnakeYAML loads to the same value (same classes, same map order) and whose paths it
 * places on the lines SnakeYAML's nodes give ({@link YamlLines}), on seeded
 * generated documents (valid ones of the shapes it reads, and mutated ones) and on the cloud-init
 * corpus; a document it leaves is read by SnakeYAML as before.
 */
class Yaml11FastReaderTest {
  /** The base seed; {@code -Dtankos.seed=N} explores others. */
  private static final long SEED = Long.getLong("tankos.seed", 0x5eedfa57L);
  private static final int DOCUMENTS = Integer.getInteger("tankos.fastReaderDocuments", 25_000);

  /** Plain scalars: the resolver's types, indicators, and text a plain scalar may or may not hold. */
  private static final String[] PLAIN = {
      "a", "key", "value", "a b", "openclaw", "tank-01", "/bin/bash", "ALL=(ALL) NOPASSWD:ALL",
      "http://example.com/a?b=c#d", "a#b", "a #b", "a: b", "a:b", "a:", "yes", "No", "on", "OFF",
      "y", "n", "true", "False", "~", "null", "NULL", "1_000", "1:20", "190:20:30", ".5", "1e3",
      "1.0e+3", "+1", "-2", "0", "0644", "08", "0x1F", "-0x1f", "0b101", ".inf", "-.Inf", ".NaN",
      "2024-01-01", "2024-13-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
      "2001-12-14 21:59:43", "12:30", "<<", "=", "-x", "--y", "x-", "-", "- x", "?x", "? x", ":x",
      "%x", "@x", "`x", "!x", "&x", "*x", "!!str x", "|x", ">x", "a, b", "a[1]", "a{b}", "a,b",
      "é", "ß", "\u4e2d", "\ud83d\ude00", "\u00a0x", "x\u00a0", "12345678901234567890",
      "99999999999999999999999", "0o17", "1__0", "--- x", "... x", "---", "...", "a  b",
      "#cloud-config", "x ", "ssh-ed25519 AAAAC3Nz a@b", "$HOME", "{{ v }}", "a\n      b",
      "a\n\n      b", "a\n  # c\n      b", "a\n   - b", "{a: }", "{a:b}", "[a:b]", "[a: b]",
      "[a ,b]", "{a: b,}", "[:a]", "[a:]", "[-]", "[- a]", "[-1]", "[a?b]", "{? a}", "[a]x",
      "[a] #c", "{a: [b}", "a\u3000b", "\u2003", "a:\u00a0b", "-\u00a0", "a: #b", "a:#b"};

  /** Quoted scalars, valid and not. */
  private static final String[] QUOTED = {
      "\"a\"", "\"\"", "''", "'a'", "'it''s'", "'a''", "\"a\\nb\"", "\"t\\tb\"", "\"q\\\"q\"",
      "\"b\\\\s\"", "\"\\x41\"", "\"\\u00e9\"", "\"\\ud800\"", "\"\\U0001F600\"", "\"\\e\"",
      "\"\\/\"", "\"\\0\"", "\"\\r\"", "\"\\ \"", "\"\\N\"", "\"\\x4\"", "\"\\xZZ\"", "\"a\\\"",
      "\"5.4\"", "'yes'", "\"0644\"", "\"a: b\"", "'# no comment'", "\"unclosed", "'unclosed",
      "\"a\" b", "'a' # c", "\"a\":", "\"a\"#x", "'a'#x", "\"a\n   b\"", "'a\n   b'",
      "\"a\\\n   b\"", "\"\\t\u00e9\\\"\"", "'\\n'", "\"\\x4G\"", "\"\\u00E9\"",
      "\"\\uDC00\"", "\"\\x\""};

  /** Plain scalars the reader reads, of every type the resolver gives. */
  private static final String[] TAME_PLAIN = {
      "a", "key", "value", "a b", "/bin/bash", "ALL=(ALL) NOPASSWD:ALL", "a#b", "a:b", "yes", "No",
      "on", "OFF", "~", "null", "1_000", "1:20", ".5", "1e3", "1.0e+3", "-2", "0644", "0x1F",
      ".inf", ".NaN", "2024-01-01", "2001-12-14 21:59:43", "-x", "é", "\ud83d\ude00"};

  /** Quoted scalars the reader reads. */
  private static final String[] TAME_QUOTED = {
      "\"a\"", "\"\"", "''", "'it''s'", "\"a\\nb\"", "\"\\x41\"", "\"\\u00e9\"", "'yes'",
      "\"0644\"", "\"a: b\"", "'# no comment'"};

  private static final String[] LINES_OF_TEXT = {
      "echo hi", "", " ", "  ", "   x", "# not a comment", "a: b", "- x", "key: |", "\"q\"", "---",
      "...", "tail ", "é", "{[", "  more indented", "x  y"};

  @Test
  void readsWhatSnakeYamlReadsTheSame() {
    SplittableRandom random = new SplittableRandom(SEED);
    int tameDocuments = 0;
    int tameRead = 0;
    int wildRead = 0;
    int wildDocuments = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      boolean tame = random.nextBoolean();
      Generator generator = new Generator(random, tame);
      String text = generator.document();
      if (!tame && random.nextInt(3) == 0) {
        text = generator.mutate(text);
      }
      boolean wasRead = compare("seed " + SEED + " document " + i, text);
      if (tame && (wasRead || snakeReads(text))) {
        tameDocuments++;
        tameRead += wasRead ? 1 : 0;
      } else if (!tame) {
        wildDocuments++;
        wildRead += wasRead ? 1 : 0;
      }
    }
    System.out.printf("Yaml11FastReader: read without SnakeYAML %d of %d tame and %d of %d wild"
        + " generated documents%n", tameRead, tameDocuments, wildRead, wildDocuments);
    // tame documents that SnakeYAML reads are of the shapes the reader is for: nearly all are read
    assertThat(tameRead).isGreaterThan(tameDocuments * 9 / 10);
  }

  @Test
  void theCorpusReadsTheSame() throws IOException {
    Path corpus = Conformance.require("cloud-init"); // skips on a laptop without it, fails in CI
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int read = 0;
    int documents = 0;
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        continue; // not UTF-8
      }
      documents++;
      if (compare(file.toString(), text)) {
        read++;
      }
    }
    System.out.printf("Yaml11FastReader: corpus %d files, %d read without SnakeYAML%n", documents,
        read);
    assertThat(read).isGreaterThan(documents / 3);
  }

  @Test
  void theShapesOfACloudConfig() {
    String text = """
        #cloud-config
        users:
          - name: openclaw   # the agent
            groups: [wheel, "adm"]
            lock_passwd: true
            uid: 1001
          - default
        runcmd:
        - [loginctl, enable-linger, openclaw]
        - echo 'a: b'
        write_files:
          - path: /etc/x
            content: |
              line one

              line three
            permissions: '0644'
        swap: {filename: /swap.img, size: auto, maxsize: 2147483648}
        empty:
        folded: >-
          a
          b

          c
        """;
    Object value = Yaml11FastReader.read(text);
    assertThat(value).isNotSameAs(Yaml11FastReader.UNREAD);
    assertThat(value).isEqualTo(Yaml11.snakeLoad("t", text).value());
    Map<?, ?> map = (Map<?, ?>) value;
    assertThat(((Map<?, ?>) ((List<?>) map.get("write_files")).get(0)).get("content"))
        .isEqualTo("line one\n\nline three\n");
    assertThat(map.get("folded")).isEqualTo("a b\nc");
    assertThat(((Map<?, ?>) ((List<?>) map.get("users")).get(0)).get("uid")).isEqualTo(1001);
  }

  @Test
  void leavesWhatItDoesNotRead() {
    for (String text : new String[] {
        "a: b\n  c\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "? a\n: b\n", "\"a\": b\n", "a: 1\na: 2\n",
        "on: 1\n", "a: |2\n   x\n", "a:\tb\n", "a: b\r\n", "--- \na: b\n", "%YAML 1.1\n---\na: b\n",
        "a: [b,\n  c]\n", "a: \"b\n  c\"\n", "plain\n", "a: b: c\n", "- - a\n", "<<: {a: b}\n",
        "a: 2024-13-40\n", "a: 1e\n  b: c\n", "\ufeffa: b\n"}) {
      assertThat(Yaml11FastReader.read(text)).as(text).isSameAs(Yaml11FastReader.UNREAD);
    }
  }

  /** Whether the reader read {@code text}; fails when it read it other than SnakeYAML does. */
  private static boolean compare(String what, String text) {
    try {
      YamlText.check(what, text);
    } catch (RuntimeException e) {
      return false; // refused before either reader runs
    }
    // lines are mapped from the nodes alone, so also for documents whose values are left
    Map<String, Integer> lines = Yaml11FastReader.lines(text);
    if (lines != null && !lines.equals(YamlLines.snakeMap(text))) {
      fail("%s: the lines of paths %s vs SnakeYAML's %s%n---%n%s---", what, lines,
          YamlLines.snakeMap(text), text);
    }
    findsEachLine(what, text, lines);
    Object fast = Yaml11FastReader.read(text);
    if (fast == Yaml11FastReader.UNREAD) {
      return false;
    }
    assertThat(lines).as("%s: read, but its lines are not mapped", what).isNotNull();
    Object snake;
    try {
      snake = Yaml11.snakeLoad(what, text).value();
    } catch (RuntimeException e) {
      fail("%s: read as %s, but SnakeYAML fails: %s%n---%n%s---", what, fast, e.getMessage(), text);
      return false;
    }
    String difference = difference(fast, snake, "");
    if (difference != null) {
      fail("%s: %s%n---%n%s---", what, difference, text);
    }
    if (fast instanceof Map<?, ?> m) {
      sealsAsItCopies(what, m, (Map<?, ?>) snake);
    }
    return true;
  }

  /** {@link Yaml11FastReader#line} finds each path on the line the map has, and only those. */
  private static void findsEachLine(String what, String text, Map<String, Integer> lines) {
    if (lines == null) {
      assertThat(Yaml11FastReader.line(text, "")).as(what).isEqualTo(-1);
      return;
    }
    // a walk per path: about eight paths of each document keep the test quick
    int step = Math.max(1, lines.size() / 8);
    int n = 0;
    for (Map.Entry<String, Integer> e : lines.entrySet()) {
      if (n++ % step != 0) {
        continue;
      }
      assertThat(Yaml11FastReader.line(text, e.getKey())).as("%s: %s", what, e.getKey())
          .isEqualTo(e.getValue());
      String absent = e.getKey() + (e.getKey().isEmpty() ? "zz" : ".zz");
      assertThat(Yaml11FastReader.line(text, absent)).as("%s: %s", what, absent)
          .isEqualTo(lines.getOrDefault(absent, 0));
    }
  }

  /**
   * {@link Raw#sealLoaded} gives what {@link Raw#copyEntry} gives each top-level entry, deep
   * unmodifiable, whenever the copy finds no problem.
   */
  private static void sealsAsItCopies(String what, Map<?, ?> read, Map<?, ?> snake) {
    Problems problems = new Problems();
    Map<Object, Object> copied = new java.util.LinkedHashMap<>();
    boolean stringKeys = true;
    for (Map.Entry<?, ?> e : snake.entrySet()) {
      stringKeys &= e.getKey() instanceof String;
      copied.put(e.getKey(), Raw.copyEntry(String.valueOf(e.getKey()), e.getValue(), problems));
    }
    Map<String, Object> sealed = Raw.sealLoaded(read);
    if (!stringKeys || !problems.isEmpty()) {
      assertThat(sealed).as("%s: sealed although a copy finds %s", what, problems.list()).isNull();
      return;
    }
    assertThat(sealed).as("%s: not sealed", what).isNotNull();
    String difference = difference(sealed, java.util.Collections.unmodifiableMap(copied), "");
    if (difference != null) {
      fail("%s: sealed %s", what, difference);
    }
    deepUnmodifiable(what, sealed);
  }

  private static void deepUnmodifiable(String what, Object value) {
    if (value instanceof Map<?, ?> m) {
      assertThatThrownBy(() -> m.clear()).as(what).isInstanceOf(UnsupportedOperationException.class);
      m.values().forEach(v -> deepUnmodifiable(what, v));
    } else if (value instanceof List<?> l) {
      assertThatThrownBy(() -> l.clear()).as(what).isInstanceOf(UnsupportedOperationException.class);
      l.forEach(v -> deepUnmodifiable(what, v));
    }
  }

  private static boolean snakeReads(String text) {
    try {
      YamlText.check("generated", text);
      Yaml11.snakeLoad("generated", text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Where two loaded values differ in value, class or map order; null when they do not. */
  private static String difference(Object fast, Object snake, String path) {
    if (fast == null || snake == null) {
      return fast == snake ? null : path + ": " + fast + " vs SnakeYAML's " + snake;
    }
    if (fast.getClass() != snake.getClass()) {
      return path + ": " + fast.getClass().getSimpleName() + " " + fast + " vs SnakeYAML's "
          + snake.getClass().getSimpleName() + " " + snake;
    }
    if (fast instanceof Map<?, ?> a) {
      Map<?, ?> b = (Map<?, ?>) snake;
      if (!new ArrayList<>(a.keySet()).equals(new ArrayList<>(b.keySet()))) {
        return path + ": keys " + a.keySet() + " vs SnakeYAML's " + b.keySet();
      }
      for (Map.Entry<?, ?> e : a.entrySet()) {
        String d = difference(e.getValue(), b.get(e.getKey()), path + "." + e.getKey());
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (fast instanceof List<?> a) {
      List<?> b = (List<?>) snake;
      if (a.size() != b.size()) {
        return path + ": " + a.size() + " entries vs SnakeYAML's " + b.size();
      }
      Iterator<?> j = b.iterator();
      int n = 0;
      for (Object x : a) {
        String d = difference(x, j.next(), path + "." + n++);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return fast.equals(snake) ? null : path + ": " + show(fast) + " vs SnakeYAML's " + show(snake);
  }

  private static String show(Object o) {
    return o instanceof String s ? '"' + s.replace("\n", "\\n") + '"' : String.valueOf(o);
  }

  /**
   * Documents of the shapes the reader is for; a tame one draws only scalars the reader reads, a
   * wild one any of the pools (most of which it leaves), and is mutated now and then.
   */
  private static final class Generator {
    private final SplittableRandom r;
    private final boolean tame;
    private int keys;

    Generator(SplittableRandom r, boolean tame) {
      this.r = r;
      this.tame = tame;
    }

    private String plain() {
      return tame ? pick(TAME_PLAIN) : pick(PLAIN);
    }

    private String quoted() {
      return tame ? pick(TAME_QUOTED) : pick(QUOTED);
    }

    String document() {
      StringBuilder out = new StringBuilder();
      if (r.nextInt(3) == 0) {
        out.append("#cloud-config\n");
      }
      int indent = r.nextInt(8) == 0 ? 1 + r.nextInt(2) : 0;
      if (r.nextBoolean()) {
        mapping(out, indent, 0);
      } else {
        sequence(out, indent, 0);
      }
      if (r.nextInt(10) == 0) {
        out.setLength(out.length() - 1); // no final line feed
      }
      return out.toString();
    }

    void mapping(StringBuilder out, int indent, int depth) {
      int count = 1 + r.nextInt(4);
      for (int k = 0; k < count; k++) {
        if (k > 0) {
          spaces(out, indent);
        }
        // tame keys are distinct strings; wild ones repeat and take any plain scalar
        String key = tame ? "k" + keys++ : r.nextInt(12) == 0 ? plain() : "k" + r.nextInt(6);
        out.append(key).append(r.nextInt(20) == 0 ? " :" : ":");
        value(out, indent, depth, true);
        filler(out, indent);
      }
    }

    void sequence(StringBuilder out, int indent, int depth) {
      int entries = 1 + r.nextInt(4);
      for (int k = 0; k < entries; k++) {
        if (k > 0) {
          spaces(out, indent);
        }
        out.append('-');
        if (r.nextInt(4) == 0 && depth < 6) {
          // a compact mapping: its first key on the dash's line
          int gap = 1 + (r.nextInt(5) == 0 ? 2 : 0);
          spaces(out, gap);
          mapping(out, indent + 1 + gap, depth + 1);
          continue;
        }
        value(out, indent, depth, false);
        filler(out, indent);
      }
    }

    /** After a key's colon or an entry's dash: a value to the line end, or a collection below. */
    void value(StringBuilder out, int indent, int depth,
        boolean ofKey) {
      int kind = r.nextInt(depth > 5 ? 5 : 9);
      switch (kind) {
        case 0, 1 -> out.append(' ').append(plain());
        case 2 -> out.append(' ').append(quoted());
        case 3 -> out.append(' ').append(flow(depth));
        case 4 -> blockScalar(out, indent);
        case 5, 6 -> {
          out.append(r.nextInt(6) == 0 ? " # c" : "").append('\n');
          int step = ofKey && r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(r.nextInt(6) == 0 ? 4 : 2);
          spaces(out, indent + step);
          if (step == 0 || r.nextBoolean()) {
            sequence(out, indent + step, depth + 1);
          } else {
            mapping(out, indent + step, depth + 1);
          }
          return;
        }
        case 7 -> { } // empty: null
        default -> out.append(' ').append(r.nextBoolean() ? plain() : flow(depth));
      }
      if (r.nextInt(8) == 0) {
        out.append(r.nextBoolean() ? " # comment" : "   ");
      }
      out.append('\n');
    }

    void blockScalar(StringBuilder out, int indent) {
      out.append(' ').append(r.nextBoolean() ? '|' : '>');
      out.append(new String[] {"", "", "-", "+", "2"}[r.nextInt(tame ? 4 : 5)]);
      if (r.nextInt(6) == 0) {
        out.append(" # header");
      }
      out.append('\n');
      int base = indent + 1 + r.nextInt(3);
      int lines = r.nextInt(5);
      for (int l = 0; l <= lines; l++) {
        // a tame scalar's first line sets the indentation, later ones are no less indented
        int extra = r.nextInt(6) != 0 ? 0 : tame ? (l == 0 ? 0 : r.nextInt(3)) : r.nextInt(3) - 1;
        String line = r.nextInt(4) == 0 ? pick(LINES_OF_TEXT) : "text " + l;
        if (line.isBlank() && r.nextBoolean()) {
          spaces(out, r.nextInt(tame ? base + 1 : base + 3));
          out.append('\n');
          continue;
        }
        spaces(out, Math.max(0, base + extra));
        out.append(line).append('\n');
      }
      if (r.nextInt(3) == 0) {
        out.append(r.nextBoolean() ? "\n" : "\n\n");
      }
      out.setLength(out.length() - 1);
    }

    String flow(int depth) {
      StringBuilder out = new StringBuilder();
      boolean mapping = r.nextInt(3) == 0;
      out.append(mapping ? '{' : '[');
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          out.append(r.nextInt(10) == 0 ? "," : ", ");
        }
        if (mapping) {
          out.append(tame ? "f" + keys++ : r.nextInt(6) == 0 ? plain() : "f" + r.nextInt(4))
            .append(": ");
        }
        int kind = r.nextInt(depth > 3 ? 2 : 3);
        out.append(kind == 0 ? plain() : kind == 1 ? quoted() : flow(depth + 1));
      }
      if (n > 0 && r.nextInt(10) == 0) {
        out.append(',');
      }
      out.append(mapping ? '}' : ']');
      return out.toString();
    }

    /** Now and then a blank line or a comment line between elements. */
    void filler(StringBuilder out, int indent) {
      int f = r.nextInt(12);
      if (f == 0) {
        out.append('\n');
      } else if (f == 1) {
        spaces(out, r.nextInt(indent + 4));
        out.append("# comment\n");
      } else if (f == 2) {
        spaces(out, r.nextInt(6));
        out.append('\n');
      }
    }

    String mutate(String text) {
      StringBuilder out = new StringBuilder(text);
      int edits = 1 + r.nextInt(3);
      String pieces = " \n:-#\"'[]{},|>x?&*!%\\";
      for (int e = 0; e < edits && out.length() > 0; e++) {
        int at = r.nextInt(out.length());
        switch (r.nextInt(3)) {
          case 0 -> out.deleteCharAt(at);
          case 1 -> out.insert(at, pieces.charAt(r.nextInt(pieces.length())));
          default -> out.setCharAt(at, pieces.charAt(r.nextInt(pieces.length())));
        }
      }
      return out.toString();
    }

    void spaces(StringBuilder out, int n) {
      for (int i = 0; i < n; i++) {
        out.append(' ');
      }
    }

    String pick(String[] pool) {
      return pool[r.nextInt(pool.length)];
    }
  }
}
