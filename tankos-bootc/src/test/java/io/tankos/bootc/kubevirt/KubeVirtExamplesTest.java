package io.tankos.bootc.kubevirt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every KubeVirt example that is a VirtualMachine parses and renders back to equal data. */
class KubeVirtExamplesTest {
  static final YAMLMapper YAML = new YAMLMapper();
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> examples() throws IOException {
    Path dir = Conformance.require("kubevirt/examples");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void virtualMachineExamplesRoundTrip(Path file) throws IOException {
    String text = Files.readString(file);
    JsonNode original = YAML.readTree(text);
    Assumptions.assumeTrue(
        "VirtualMachine".equals(original.path("kind").asText()),
        () ->
            file.getFileName()
                + " is a "
                + original.path("kind").asText()
                + ", not a VirtualMachine");
    VirtualMachine vm = VirtualMachine.parseYaml(file.getFileName().toString(), text);
    assertThat(YAML.readTree(vm.toYaml())).isEqualTo(original);
    assertThat(JSON.readTree(vm.toJson())).isEqualTo(original);
    assertThat(VirtualMachine.parseYaml("again", vm.toYaml())).isEqualTo(vm);
  }
}
