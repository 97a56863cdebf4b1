package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.LimitExceededException;
import io.tankos.core.validation.ParseException;
import io.tankos.testkit.HostileBytes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * YAML bombs and bad characters in cloud-config (and so in meta-data and network-config, which
 * share the loader): alias expansion, deep nesting, huge scalars, long single lines, many nodes,
 * recursive aliases, control characters PyYAML refuses. Each is a one-line typed error with line
 * and limit, or reads back exactly. Tag {@code hostile}: runs in the small-heap fork.
 */
@Tag("hostile")
class YamlHostileTest {

  @TestFactory
  Stream<DynamicTest> aliasBombsAreStoppedBeforeTheyExpand() {
    return Stream.of(
        DynamicTest.dynamicTest("billion laughs 9x9", () ->
            assertThatThrownBy(() -> CloudConfig.parse("laughs", Bombs.laughs(9, 9)))
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessageMatching("laughs:\\d+: more than 100000 nodes \\(aliases counted as the"
                    + " nodes they repeat\\) \\(limit CloudInitLimits.MAX_YAML_NODES = 100000\\)")),
        DynamicTest.dynamicTest("many aliases of a small collection", () ->
            assertThatThrownBy(() -> CloudConfig.parse("aliases", "#cloud-config\na: &a [x]\nb: ["
                + "*a, ".repeat(CloudInitLimits.MAX_YAML_COLLECTION_ALIASES) + "*a]\n"))
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessage("aliases:3: more than 100 aliases of sequences or mappings"
                    + " (limit CloudInitLimits.MAX_YAML_COLLECTION_ALIASES = 100)")),
        DynamicTest.dynamicTest("doubling with few aliases", () ->
            // 2 aliases a level: within the alias limit, 2^40 nodes once expanded
            assertThatThrownBy(() -> CloudConfig.parse("double", Bombs.laughs(40, 2)))
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessageMatching("double:\\d+: more than 100000 nodes \\(aliases counted as the"
                    + " nodes they repeat\\) \\(limit CloudInitLimits.MAX_YAML_NODES = 100000\\)")),
        DynamicTest.dynamicTest("small expansion is read", () -> {
          CloudConfig c = CloudConfig.parse("ok", Bombs.laughs(3, 3));
          assertThat((List<?>) c.get("l3").orElseThrow()).hasSize(3);
        }),
        DynamicTest.dynamicTest("recursive alias", () ->
            assertThatThrownBy(() -> CloudConfig.parse("rec", "#cloud-config\na: &a [1, *a]\n"))
                .isExactlyInstanceOf(ParseException.class)
                .hasMessage("rec:2: alias *a refers to a node that contains it (a recursive"
                    + " structure)")),
        DynamicTest.dynamicTest("merge keys count as expansion", () -> {
          StringBuilder b = new StringBuilder("#cloud-config\nm0: &m0 {");
          for (int i = 0; i < 2000; i++) {
            b.append(i == 0 ? "" : ", ").append("k").append(i).append(": v");
          }
          b.append("}\n");
          for (int i = 1; i <= 60; i++) {
            b.append("m").append(i).append(": &m").append(i).append(" {<<: *m").append(i - 1)
                .append(", x").append(i).append(": y}\n");
          }
          assertThatThrownBy(() -> CloudConfig.parse("merge", b.toString()))
              .isExactlyInstanceOf(LimitExceededException.class)
              .hasMessageContaining("CloudInitLimits.MAX_YAML_NODES");
        }));
  }

  @TestFactory
  Stream<DynamicTest> nestingIsBounded() {
    return Stream.of(
        DynamicTest.dynamicTest("64 block mappings read", () ->
            assertThat(CloudConfig.parse("b", Bombs.deepBlock(64)).keys()).containsExactly("k0")),
        DynamicTest.dynamicTest("65 block mappings refused", () ->
            assertThatThrownBy(() -> CloudConfig.parse("b", Bombs.deepBlock(65)))
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessage("b:66: collections nested more than 64 levels deep"
                    + " (limit CloudInitLimits.MAX_YAML_DEPTH = 64)")),
        DynamicTest.dynamicTest("63 flow sequences in a mapping read", () ->
            assertThat(CloudConfig.parse("f", Bombs.deepFlow(63)).keys()).containsExactly("k")),
        DynamicTest.dynamicTest("100000 flow sequences refused", () ->
            assertThatThrownBy(() -> CloudConfig.parse("f", Bombs.deepFlow(100_000)))
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessageContaining("CloudInitLimits.MAX_YAML_DEPTH")));
  }

  @TestFactory
  Stream<DynamicTest> sizeLinesAndNodesAreBounded() {
    int limit = CloudInitLimits.MAX_YAML_LINE_LENGTH;
    return Stream.of(
        DynamicTest.dynamicTest("10 MB single line refused before parsing", () ->
            assertThatThrownBy(() -> UserData.parse("ud",
                ("#cloud-config\nk: " + "x".repeat(CloudInitLimits.MAX_BYTES - 40))
                    .getBytes(StandardCharsets.UTF_8)))
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessage("ud:2: line is longer than 1048576 characters"
                    + " (limit CloudInitLimits.MAX_YAML_LINE_LENGTH = 1048576)")),
        DynamicTest.dynamicTest("String API: too large", () ->
            assertThatThrownBy(() -> CloudConfig.parse("s",
                "#cloud-config\nk: |\n" + "  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n".repeat(300_000)))
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessage("s: larger than 8388608 bytes (limit CloudInitLimits.MAX_BYTES"
                    + " = 8388608)")),
        DynamicTest.dynamicTest("a line of the limit is read", () -> {
          String token = "y".repeat(limit - 3);
          assertThat(CloudConfig.parse("l", "#cloud-config\nk: " + token + "\n").get("k"))
              .contains(token);
        }),
        DynamicTest.dynamicTest("a huge block scalar is read", () -> {
          String line = "  " + "z".repeat(98) + "\n";
          String doc = "#cloud-config\nk: |\n" + line.repeat(60_000);
          String v = (String) CloudConfig.parse("h", doc).get("k").orElseThrow();
          assertThat(v).hasSize(99 * 60_000);
        }),
        DynamicTest.dynamicTest("nodes just within the limit are read", () -> {
          // the mapping, its key and the sequence are nodes too
          String doc = "#cloud-config\nk: [" + "a, ".repeat(CloudInitLimits.MAX_YAML_NODES - 4)
              + "a]\n";
          assertThat((List<?>) CloudConfig.parse("n", doc).get("k").orElseThrow())
              .hasSize(CloudInitLimits.MAX_YAML_NODES - 3);
        }),
        DynamicTest.dynamicTest("a million nodes refused", () ->
            assertThatThrownBy(() -> CloudConfig.parse("n",
                "#cloud-config\nk:\n" + "- a\n".repeat(1_000_000)))
                .isExactlyInstanceOf(LimitExceededException.class)
                .hasMessage("n:100000: more than 100000 nodes (aliases counted as the nodes they"
                    + " repeat) (limit CloudInitLimits.MAX_YAML_NODES = 100000)")));
  }

  /** What PyYAML refuses in a stream; the real tools' verdict is compared in YamlBytesRealToolsTest. */
  static boolean refusedByPyYaml(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F && c != 0x85)
        || c == '\uFFFE' || c == '\uFFFF';
  }

  @TestFactory
  Stream<DynamicTest> charactersPyYamlRefusesAreRefusedWithLineAndColumn() {
    return HostileBytes.seeds().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random rnd = new Random(seed);
      for (int i = 0; i < 200; i++) {
        char c = rnd.nextInt(8) == 0 ? (rnd.nextBoolean() ? '\uFFFE' : '\uFFFF')
            : HostileBytes.control(rnd);
        String[] places = {
            "#cloud-config\nhostname: a" + c + "b\n",
            "#cloud-config\nruncmd:\n- [echo, '" + c + "']\n",
            "#cloud-config\nk" + c + ": v\n",
            "#cloud-config\n# comment " + c + "\nk: v\n",
            "#cloud-config\nk: \"" + c + "\"\n"};
        int which = rnd.nextInt(places.length);
        String doc = places[which];
        int index = doc.indexOf(c);
        String context = String.format("seed %d, U+%04X in form %d", seed, (int) c, which);
        if (!refusedByPyYaml(c)) {
          continue;
        }
        int line = (int) doc.substring(0, index).chars().filter(x -> x == '\n').count() + 1;
        int column = index - doc.lastIndexOf('\n', index - 1);
        assertThatThrownBy(() -> UserData.parse("user-data", doc.getBytes(StandardCharsets.UTF_8)))
            .as(context)
            .isExactlyInstanceOf(ParseException.class)
            .hasMessage(String.format("user-data:%d: character U+%04X at column %d is not allowed"
                + " in YAML (PyYAML, and so cloud-init, refuses it: special characters are not"
                + " allowed)", line, (int) c, column));
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> tabsOnlyWherePyYamlAcceptsThem() {
    return HostileBytes.seeds().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random rnd = new Random(seed);
      // %s is where tabs go; true: PyYAML accepts them there
      Map<String, Boolean> forms = new java.util.LinkedHashMap<>();
      forms.put("k: a%sb\n", false);
      forms.put("k:%sv\n", false);
      forms.put("k: v%s\n", false);
      forms.put("k: [a,%sb]\n", false);
      forms.put("%sk: v\n", false);
      forms.put("k: 'a%sb'\n", true);
      forms.put("k: \"a%sb\"\n", true);
      forms.put("k: |\n  a%sb\n", true);
      forms.put("k: v # c%s\n", true);
      forms.put("#%s\nk: v\n", true);
      List<String> keys = List.copyOf(forms.keySet());
      for (int i = 0; i < 50; i++) {
        String form = keys.get(rnd.nextInt(keys.size()));
        String doc = "#cloud-config\n" + String.format(form, "\t".repeat(1 + rnd.nextInt(3)));
        if (forms.get(form)) {
          assertThat(CloudConfig.parse("t", doc).keys()).as("seed %d: %s", seed, doc)
              .containsExactly("k");
        } else {
          assertThatThrownBy(() -> CloudConfig.parse("t", doc)).as("seed %d: %s", seed, doc)
              .isExactlyInstanceOf(ParseException.class)
              .hasMessageMatching("t:2: (tab at column \\d+: PyYAML .*|not valid YAML: .*)");
        }
      }
    }));
  }

  @Test
  void escapedControlCharactersReadBackExactly() {
    CloudConfig c = CloudConfig.parse("e", "#cloud-config\nk: \"a\\0b\\x01\\x7f\\u0085\\uFFFE\"\n");
    assertThat(c.get("k")).contains("a\0b\u0001\u007f\u0085\uFFFE");
    CloudConfig back = CloudConfig.parse("e", c.render());
    assertThat(back.values()).isEqualTo(c.values());
    assertThat(MetaData.parse("meta-data", "instance-id: i-1\n").values())
        .isEqualTo(Map.of("instance-id", "i-1"));
    assertThatThrownBy(() -> MetaData.parse("meta-data", "instance-id: i-\u00011\n"))
        .hasMessageStartingWith("meta-data:1: character U+0001");
  }

  @Test
  void aBlankTopLevelKeyIsAValueNotACrash() {
    // a blank key made a blank location, which threw IllegalArgumentException from every reader
    for (String key : new String[] {"\"\"", "\" \"", "\"\\t\""}) {
      String doc = "#cloud-config\n" + key + ": 1\n";
      assertThat(CloudConfig.parse("user-data", doc).values()).hasSize(1);
      assertThat(UserData.parse("user-data", doc.getBytes(StandardCharsets.UTF_8)).parts())
          .hasSize(1);
      assertThat(CloudInitSchema.check("user-data", doc.getBytes(StandardCharsets.UTF_8),
          CloudInitVersion.V25_1).toString()).contains("was unexpected");
      assertThat(NetworkConfig.parse("network-config", "version: 2\n" + key + ": 1\n"))
          .isNotNull();
      assertThatThrownBy(() -> MetaData.parse("meta-data", key + ": 1\n"))
          .isInstanceOf(ParseException.class).hasMessageContaining("instance-id");
    }
  }

  @Test
  void aBlankNestedKeyIsNamedInQuotes() {
    // a blank key below the top level was named 'users[0].', which names no key
    CloudConfig c = CloudConfig.parse("user-data", "#cloud-config\nusers:\n- name: a\n  \"\": 1\n");
    assertThat(c.problems(Target.generic(CloudInitVersion.V25_1)))
        .extracting(p -> p.location().path()).contains("users[0].\"\"");
  }
}
