package io.tankos.bootc.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a spec starts from and how its keys override: the rules docs/spec-format.md states. */
class ImageSpecPresetTest {

  private static TankOsImage read(String yaml) {
    return ImageSpec.read("spec.yaml", yaml);
  }

  @Test
  void presetTankOsAloneIsTheDefaultImage() {
    assertThat(read("preset: tank-os\n")).isEqualTo(TankOsImage.tankOs());
  }

  @Test
  void presetNoneStartsFromTheBuilderDefaults() {
    TankOsImage expected = TankOsImage.builder().instance(AgentInstance.builder("agent").build()).build();
    assertThat(read("preset: none\ninstances:\n  - name: agent\n")).isEqualTo(expected);
    assertThat(expected.user().sudo()).isEqualTo(SudoPolicy.none());
    assertThat(expected.packages()).isEmpty();
  }

  @Test
  void anObjectOverridesOnlyTheFieldsItNames() {
    TankOsImage image = read("preset: tank-os\nuser:\n  sudo: none\nrelease:\n  version: \"2026.12.1\"\n");
    assertThat(image).isEqualTo(TankOsImage.tankOs().toBuilder()
        .user(AgentUser.tankOs().toBuilder().sudo(SudoPolicy.none()).build())
        .release(Release.builder().version("2026.12.1").build())
        .build());
  }

  @Test
  void derivedValuesFollowTheirSourceWhenNotGiven() {
    TankOsImage image = read("preset: tank-os\nuser:\n  name: agent\nprovisioning:\n  hostname: tank-01\n");
    assertThat(image.user().home()).isEqualTo("/var/home/agent");
    assertThat(image.provisioning().instanceId()).isEqualTo("tank-01-local");
    TankOsImage own = read("preset: tank-os\nuser:\n  name: agent\n  home: /var/home/x\n");
    assertThat(own.user().home()).isEqualTo("/var/home/x");
  }

  @Test
  void aListReplacesThePresetsAndLabelsAreMerged() {
    TankOsImage image = read("preset: tank-os\npackages: [git]\nmaskedSystemUnits: []\nlabels:\n"
        + "  org.opencontainers.image.title: mine\n  org.example.extra: x\n");
    assertThat(image.packages()).containsExactly("git");
    assertThat(image.maskedSystemUnits()).isEmpty();
    assertThat(image.enabledSystemUnits()).isEqualTo(TankOsImage.tankOs().enabledSystemUnits());
    assertThat(List.copyOf(image.labels().keySet())).containsExactly("containers.bootc",
        "org.opencontainers.image.title", "org.opencontainers.image.description", "org.opencontainers.image.source",
        "org.example.extra");
    assertThat(image.labels()).containsEntry("org.opencontainers.image.title", "mine");
  }

  @Test
  void instancesStartFromTheBuilderDefaultsAndNullRemovesACompanion() {
    TankOsImage image = read("preset: tank-os\ninstances:\n  - name: openclaw\n    serviceGator: null\n"
        + "    healthCheck: ~\n  - name: second\n    gatewayPort: 18790\n    serviceGator: {name: second-gator,"
        + " port: 8081, tokens: [{name: gh2}]}\n");
    AgentInstance first = image.instances().get(0);
    assertThat(first).isEqualTo(AgentInstance.builder("openclaw").healthCheck(null).build());
    AgentInstance second = image.instances().get(1);
    assertThat(second.healthCheck()).contains(HealthCheck.defaults());
    assertThat(second.serviceGator().orElseThrow().tokens()).containsExactly(InstanceSecret.file("gh2"));
  }

  @Test
  void jsonIsReadAsYaml() {
    String json = "{\"preset\": \"tank-os\", \"user\": {\"sudo\": \"none\", \"uid\": 1001, \"gid\": 1001},"
        + " \"instances\": [{\"name\": \"work\", \"secrets\": [{\"name\": \"k\", \"as\": \"env\","
        + " \"variable\": \"K\"}]}]}";
    String yaml = "preset: tank-os\nuser:\n  sudo: none\n  uid: 1001\n  gid: 1001\ninstances:\n  - name: work\n"
        + "    secrets:\n      - {name: k, as: env, variable: K}\n";
    assertThat(ImageSpec.read("spec.json", json)).isEqualTo(read(yaml));
  }
}
