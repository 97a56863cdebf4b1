package io.tankos.cloudinit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The rule-table reader reads every shipped table exactly as a YAML 1.1 loader does. */
class RuleTableReaderTest {
  private static final List<String> TABLES = List.of("cloud-config-22.4", "cloud-config-25.1",
      "network-v1-25.1", "network-v2-25.1");

  @Test
  void everyShippedTableReadsAsSnakeYamlReadsIt() throws IOException {
    for (String t : TABLES) {
      String text;
      try (InputStream in = SchemaRules.class.getResourceAsStream("rules-" + t + ".yaml")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(4 * 1024 * 1024);
      Map<String, Object> yaml = new Yaml(new SafeConstructor(options)).load(text);
      Map<String, Object> read = RuleTableReader.read(t, text);
      assertThat(read).as(t).isEqualTo(yaml);
      assertThat(read.keySet()).as(t).containsExactlyElementsOf(yaml.keySet());
    }
  }

  @Test
  void scalarsAreTypedAsYamlTypesThem() {
    Map<String, Object> m = RuleTableReader.read("t",
        "# c\nn1: {t: [string, null], e: [\"a\\\"b\\\\c\\u00e9\", 0, -1, 65535, true, false], ap: false}\n"
            + "n2: {p: {}, i: []}\n");
    assertThat(m.get("n1")).isEqualTo(Map.of("t", Arrays.asList("string", null),
        "e", List.of("a\"b\\c\u00e9", 0, -1, 65535, true, false), "ap", false));
    assertThat(m.get("n2")).isEqualTo(Map.of("p", Map.of(), "i", List.of()));
  }

  @Test
  void whatAYamlLoaderWouldReadOtherwiseIsRefusedAtItsLine() {
    for (String word : List.of("yes", "No", "True", "NULL", "~", "0644", "1.5", "1e3", "0x1F", ".inf", "<<",
        "1234567890")) {
      assertThatThrownBy(() -> RuleTableReader.read("t", "# c\nn1: {e: [" + word + "]}\n"))
          .as(word).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("rule table t, line 2: ");
    }
    assertThatThrownBy(() -> RuleTableReader.read("t", "n1: {e: [\"open]}\n"))
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> RuleTableReader.read("t", "n1: {t: [a]}\nn1: {t: [b]}\n"))
        .hasMessageContaining("line 2: duplicate key 'n1'");
    assertThatThrownBy(() -> RuleTableReader.read("t", "n1: {t: [a]} x\n"))
        .hasMessageContaining("more after the node");
    assertThatThrownBy(() -> RuleTableReader.read("t", "n1: {t: [a]"))
        .hasMessageContaining("unexpected end");
  }
}
