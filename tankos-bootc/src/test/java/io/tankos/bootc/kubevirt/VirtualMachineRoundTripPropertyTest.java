package io.tankos.bootc.kubevirt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Strings YAML readers like to turn into something else (booleans, numbers, nulls, times, comments,
 * block indicators, trailing blanks, line separators) reach the manifest unchanged: the model reads
 * its own YAML and JSON back equal, and a plain YAML reader sees the same strings.
 */
class VirtualMachineRoundTripPropertyTest {
  private static final List<String> PIECES =
      List.of(
          "true",
          "no",
          "Yes",
          "off",
          "~",
          "null",
          "0x1F",
          "1_000",
          "12:30:45",
          "2001-12-14",
          ".inf",
          "0b101",
          "=",
          "<<",
          "- x",
          "? y",
          "# c",
          ": ",
          "'",
          "\"",
          "\\",
          "|",
          ">",
          "{",
          "}",
          "[",
          "]",
          "&a",
          "*a",
          "!t",
          "%",
          "@",
          "`",
          " ",
          "  ",
          "\t",
          "\n",
          "\n\n",
          "\r\n",
          "\r",
          "\u0000",
          "\ufeff",
          "é",
          "\u2028",
          "\u0085",
          "x",
          "tank",
          "#cloud-config\n",
          "hostname: a\n");

  private static final Gen<String> TEXT =
      random -> {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(1, 6);
        for (int i = 0; i < n; i++) {
          b.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return b.toString();
      };

  private static final Gen<VirtualMachine> VMS =
      random -> {
        String label = TEXT.next(random);
        String annotation = TEXT.next(random);
        String userData = TEXT.next(random);
        String model = TEXT.next(random);
        VirtualMachine base = TankOsVm.forUser("alice");
        return base.toBuilder()
            .metadata(
                base.metadata().toBuilder()
                    .label("example.com/text", label)
                    .annotation("example.com/note", annotation)
                    .build())
            .domain(
                base.domain().toBuilder()
                    .interfaces(List.of(Interface.masquerade("default").withModel(model)))
                    .build())
            .volumes(
                List.of(
                    base.volumes().get(0),
                    Volume.cloudInitNoCloud(
                        "cloudinitdisk", CloudInitNoCloud.builder().userData(userData).build()),
                    base.volumes().get(2)))
            .build();
      };

  @Test
  void hostileStringsRoundTrip() {
    Seeded.cases("hostileStringsRoundTrip", VMS)
        .tries(300)
        .check(
            vm -> {
              assertThat(VirtualMachine.parseYaml("p.yaml", vm.toYaml()).toYaml())
                  .isEqualTo(vm.toYaml());
              assertThat(VirtualMachine.parseJson("p.json", vm.toJson()).toYaml())
                  .isEqualTo(vm.toYaml());
              JsonNode tree = read(vm.toYaml());
              assertThat(tree.at("/metadata/labels/example.com~1text").textValue())
                  .isEqualTo(vm.metadata().labels().get("example.com/text"));
              assertThat(
                      tree.at("/spec/template/spec/volumes/1/cloudInitNoCloud/userData")
                          .textValue())
                  .isEqualTo(vm.volumes().get(1).cloudInitNoCloud().userData());
            });
  }

  private static JsonNode read(String yaml) {
    try {
      return KubeSchemas.YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
