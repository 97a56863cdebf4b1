package io.tankos.bootc.kubevirt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.tankos.testkit.Conformance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every KubeVirt example that is a VirtualMachine parses and renders back to equal data. */
class KubeVirtExamplesTest {
  static final YAMLMapper YAML = new YAMLMapper();
  static final ObjectMapper JSON = new ObjectMapper();

  /** The examples whose kind is VirtualMachine (the others are VMIs, pools, replica sets, presets). */
  static Stream<Path> examples() throws IOException {
    Path dir = Conformance.require("kubevirt/examples");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      List<Path> vms = all.stream().filter(KubeVirtExamplesTest::isVirtualMachine).toList();
      assertThat(all).as("the corpus's examples").hasSize(37);
      assertThat(vms).as("the VirtualMachines among them").hasSize(12);
      return vms.stream();
    }
  }

  private static boolean isVirtualMachine(Path file) {
    try {
      return "VirtualMachine".equals(YAML.readTree(Files.readString(file)).path("kind").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void virtualMachineExamplesRoundTrip(Path file) throws IOException {
    String text = Files.readString(file);
    JsonNode original = YAML.readTree(text);
    VirtualMachine vm = VirtualMachine.parseYaml(file.getFileName().toString(), text);
    assertThat(YAML.readTree(vm.toYaml())).isEqualTo(original);
    assertThat(JSON.readTree(vm.toJson())).isEqualTo(original);
    assertThat(VirtualMachine.parseYaml("again", vm.toYaml())).isEqualTo(vm);
  }
}
