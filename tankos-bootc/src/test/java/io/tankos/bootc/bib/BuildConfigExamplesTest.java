package io.tankos.bootc.bib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.tankos.bootc.host.JsonSchemaCheck;
import io.tankos.core.validation.ParseException;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bootc-image-builder example configs parse into {@link BuildConfig} and render back, as TOML and
 * as JSON, to the same data; every rendering is valid against the derived subset schema.
 */
class BuildConfigExamplesTest {
  static final String HASH =
      "$6$tankos$Vnm0k3W1N3xq3a4yRj0wq0mS0qkH7pKc7sCkqkqZ2cFJvX0X6xV3lq2o8m7l0Q6WcT1m0zqv8lXzE5k1m2n3o.";
  private static final TomlMapper TOML = new TomlMapper();

  static JsonNode readTree(Path file, String text) throws IOException {
    return file.toString().endsWith(".toml")
        ? TOML.readTree(text)
        : JsonSchemaCheck.MAPPER.readTree(text);
  }

  /** Numbers as longs so that TOML and JSON trees compare by value. */
  static JsonNode normalize(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        o.set(e.getKey(), normalize(e.getValue()));
      }
      return o;
    }
    if (n.isArray()) {
      var a = JsonNodeFactory.instance.arrayNode();
      n.forEach(x -> a.add(normalize(x)));
      return a;
    }
    if (n.isIntegralNumber()) {
      return JsonNodeFactory.instance.numberNode(n.longValue());
    }
    return n;
  }

  private static List<Path> examples() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Conformance.require("bib"))) {
      s.filter(p -> p.toString().endsWith(".toml") || p.toString().endsWith(".json"))
          .sorted()
          .forEach(files::add);
    }
    return files;
  }

  @Test
  void examplesRoundTripAsTomlAndJson() throws IOException {
    JsonSchemaCheck schema =
        new JsonSchemaCheck(Conformance.require("bib/derived/bib-config-subset.DERIVED.schema.json"));
    int files = 0;
    int plaintextRejected = 0;
    int roundTrips = 0;
    for (Path file : examples()) {
      files++;
      String text = Files.readString(file);
      String name = file.getFileName().toString();
      if (text.contains("\"bob\"")) {
        // the upstream README example carries a plaintext password: refused, by location
        assertThatThrownBy(() -> BuildConfig.read(file))
            .isInstanceOf(ParseException.class)
            .hasMessageContaining("customizations.user[0].password: plaintext password rejected")
            .hasMessageNotContaining("bob");
        plaintextRejected++;
        text = text.replace("\"bob\"", "\"" + HASH.replace("$", "\\u0024") + "\"");
      }
      JsonNode data = normalize(readTree(file, text));
      BuildConfig config =
          name.endsWith(".toml") ? BuildConfig.parseToml(name, text) : BuildConfig.parseJson(name, text);

      String toml = config.toToml();
      String json = config.toJson();
      assertThat(normalize(TOML.readTree(toml))).as("%s as TOML:%n%s", name, toml).isEqualTo(data);
      assertThat(normalize(JsonSchemaCheck.MAPPER.readTree(json))).as("%s as JSON", name).isEqualTo(data);
      assertThat(BuildConfig.parseToml(name, toml)).isEqualTo(config);
      assertThat(BuildConfig.parseJson(name, json)).isEqualTo(config);
      assertThat(config.toString()).isEqualTo(toml);
      assertThat(schema.errors(json)).as("%s against the derived schema", name).isEmpty();
      assertThat(schema.errors(JsonSchemaCheck.MAPPER.writeValueAsString(TOML.readTree(toml))))
          .isEmpty();
      roundTrips++;
    }
    System.out.printf(
        "BIB example configs: %d files, %d plaintext passwords rejected, %d round-tripped (TOML+JSON), schema-valid%n",
        files, plaintextRejected, roundTrips);
    assertThat(files).isEqualTo(4);
    assertThat(roundTrips).isEqualTo(4);
  }

  @Test
  void isoExampleIsTypedAndWarnsForDiskTypes() throws IOException {
    BuildConfig iso = BuildConfig.read(Conformance.require("bib/example-config-iso.toml"));
    assertThat(iso.installer().orElseThrow().kickstart()).startsWith("text --non-interactive\n");
    assertThat(iso.installer().orElseThrow().enableModules())
        .containsExactly("org.fedoraproject.Anaconda.Modules.Localization");
    assertThat(iso.iso().orElseThrow().volumeId()).isEqualTo("TheISOLabel");
    assertThat(iso.unsupportedBy(ImageType.QCOW2)).containsExactly("installer", "iso");
    assertThat(iso.unsupportedBy(ImageType.ANACONDA_ISO)).isEmpty();
  }

  @Test
  void diskExampleIsTyped() {
    BuildConfig disk = BuildConfig.read(Conformance.require("bib/example-config-disk.json"));
    DiskLayout layout = disk.disk().orElseThrow();
    assertThat(layout.type()).isEqualTo("gpt");
    assertThat(layout.partitions()).hasSize(2);
    Partition lvm = layout.partitions().get(1);
    assertThat(lvm.type()).isEqualTo("lvm");
    assertThat(lvm.logicalVolumes().get(0).mountpoint()).isEqualTo("/");
    assertThat(disk.unsupportedBy(ImageType.ANACONDA_ISO)).containsExactly("disk");
  }
}
