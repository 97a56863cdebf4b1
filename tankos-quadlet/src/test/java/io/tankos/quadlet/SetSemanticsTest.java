package io.tankos.quadlet;

import static io.tankos.quadlet.ValueRenderingTest.catchValidation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A single-valued key is set: a later value replaces the earlier one in its place, in a fresh
 * builder, in a preset and in a parsed or built unit's {@code toBuilder()}. A repeatable key is
 * added to, removed from and cleared; a {@code NAME=VALUE} list sets one name.
 */
class SetSemanticsTest {

  @Test
  void aLaterValueOfASingleKeyReplacesTheEarlierOne() {
    ContainerUnit unit = ContainerUnit.builder("web").image("a:1").hostName("h").image("b:2").build();
    assertThat(unit.render()).isEqualTo("[Container]\nImage=b:2\nHostName=h\n");
    ContainerUnit again = unit.toBuilder().image("c:3").build();
    assertThat(again.values("Image")).containsExactly("c:3");
    assertThat(again.image()).contains("c:3");
  }

  @Test
  void presetsAreAdjustedThroughTheirBuilders() {
    ContainerUnit agent = preset()
        .image("ghcr.io/openclaw/openclaw:2")
        .description("pinned agent")
        .timeoutStartSec("20min")
        .removeEnvironment("TERM")
        .environment("HOME", "/srv/node")
        .clearNetwork()
        .addNetwork("pasta")
        .wantedBy("multi-user.target")
        .build();
    assertThat(agent.values("Image")).containsExactly("ghcr.io/openclaw/openclaw:2");
    assertThat(agent.description()).contains("pinned agent");
    assertThat(agent.toUnitFile().values("Unit", "Description")).hasSize(1);
    assertThat(agent.timeoutStartSec()).contains("20min");
    assertThat(agent.environment()).containsEntry("HOME", "/srv/node").doesNotContainKey("TERM");
    assertThat(agent.values("Environment").get(0)).isEqualTo("HOME=/srv/node"); // in its place
    assertThat(agent.networks()).containsExactly("pasta");
    assertThat(agent.wantedBy()).containsExactly("multi-user.target");
    QuadletSet set = QuadletSet.builder().unit(preset().build())
        .unit(ContainerUnit.builder("sidecar").image("x:1").build()).build().toBuilder().unit(agent).build();
    assertThat(set.units()).hasSize(2).first().isEqualTo(agent);
  }

  /** A preset as a library would hand it out: a pre-filled builder. */
  private static ContainerUnit.Builder preset() {
    return ContainerUnit.builder("openclaw")
        .description("OpenClaw gateway")
        .image("ghcr.io/openclaw/openclaw:1")
        .addNetwork("host")
        .environment("HOME", "/home/node")
        .environment("TERM", "xterm-256color")
        .timeoutStartSec("900")
        .wantedBy("default.target");
  }

  @Test
  void repeatableKeysAreAddedToRemovedFromAndCleared() {
    ContainerUnit unit = ContainerUnit.builder("web").image("x:1")
        .addPublishPort("1:1").addPublishPort("2:2").addPublishPort("3:3")
        .removePublishPort("2:2")
        .addCapability("CAP_A", "CAP_B").addCapability("CAP_C")
        .removeAddCapability("CAP_A", "CAP_B")
        .addPodmanArgs("--log-level", "debug")
        .clearPodmanArgs()
        .build();
    assertThat(unit.publishPorts()).containsExactly("1:1", "3:3");
    assertThat(unit.addCapabilities()).containsExactly("CAP_C");
    assertThat(unit.podmanArgs()).isEmpty();
    assertThat(catchValidation(() -> ContainerUnit.builder("w").image("x:1")
        .add(QuadletKeys.CONTAINER_IMAGE, SystemdValue.literal("y:1")).build()).getMessage())
        .isEqualTo("Container.Image: takes one value; set it (a later value replaces an earlier one)");
  }

  @Test
  void aNameOfAKeyValueListIsSetInParsedLinesToo() {
    ContainerUnit parsed = ContainerUnit.parse("p.container",
        "[Container]\nImage=x:1\nEnvironment=A=1 \"B=two words\" C=3\nLabel=k=v\n");
    ContainerUnit unit = parsed.toBuilder().environment("B", "2").removeEnvironment("C")
        .environment(Map.of("D", "4")).build();
    assertThat(unit.values("Environment")).containsExactly("A=1", "B=2", "D=4");
    assertThat(unit.environment()).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"), Map.entry("D", "4"));
    assertThat(unit.labels()).containsExactly(Map.entry("k", "v"));
  }

  @Test
  void systemdListsAreSetAndCommandsAdded() {
    ContainerUnit unit = ContainerUnit.builder("web").image("x:1")
        .after("a.service").after("b.service", "c.service")
        .addExecStartPre("/bin/one").addExecStartPre("/bin/two")
        .serviceEnvironment("X", "1").serviceEnvironment("X", "2")
        .wantedBy("default.target").wantedBy()
        .build();
    assertThat(unit.render()).contains("After=b.service c.service\n").doesNotContain("a.service")
        .contains("Environment=X=2\n").doesNotContain("X=1").doesNotContain("[Install]");
    assertThat(unit.execStartPre()).containsExactly(List.of("/bin/one"), List.of("/bin/two"));
    assertThat(unit.toBuilder().clearExecStartPre().build().execStartPre()).isEmpty();
  }
}
