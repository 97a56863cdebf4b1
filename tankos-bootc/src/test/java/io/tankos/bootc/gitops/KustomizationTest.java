package io.tankos.bootc.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The kustomization.yaml bytes: fixed key order, patches by kind and name. */
class KustomizationTest {

  @Test
  void rendersInAFixedOrder() {
    Kustomization k =
        Kustomization.builder()
            .resource("../../base")
            .resource("secret.yaml")
            .namespace("tank-bob")
            .label("app", "tank-os")
            .patch(
                new KustomizePatch(
                    "VirtualMachine",
                    "tank",
                    "apiVersion: kubevirt.io/v1\n"
                        + "kind: VirtualMachine\n"
                        + "metadata:\n"
                        + "  name: tank-bob\n",
                    true))
            .build();
    assertThat(k.toYaml())
        .isEqualTo(
            "apiVersion: \"kustomize.config.k8s.io/v1beta1\"\n"
                + "kind: \"Kustomization\"\n"
                + "namespace: \"tank-bob\"\n"
                + "labels:\n"
                + "  - pairs:\n"
                + "      app: \"tank-os\"\n"
                + "    includeSelectors: false\n"
                + "resources:\n"
                + "  - \"../../base\"\n"
                + "  - \"secret.yaml\"\n"
                + "patches:\n"
                + "  - target:\n"
                + "      kind: \"VirtualMachine\"\n"
                + "      name: \"tank\"\n"
                + "    patch: |\n"
                + "      apiVersion: kubevirt.io/v1\n"
                + "      kind: VirtualMachine\n"
                + "      metadata:\n"
                + "        name: tank-bob\n"
                + "    options:\n"
                + "      allowNameChange: true\n");
    assertThat(k.toBuilder().build()).isEqualTo(k);
  }

  @Test
  void resourcesAreRequiredAndRelative() {
    assertThatThrownBy(() -> Kustomization.builder().build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Kustomization.resources: needs at least one resource");
    assertThatThrownBy(() -> Kustomization.builder().resource("/etc/x.yaml").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Kustomization.resources[0]: '/etc/x.yaml' is not a relative path");
  }
}
