package io.tankos.bootc.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tankos.bootc.kubevirt.KubeSchemas;
import io.tankos.bootc.kubevirt.ObjectMeta;
import io.tankos.bootc.kubevirt.TankOsFleet;
import io.tankos.core.fs.FileTree;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ApplicationSets and Applications validate against Argo CD's CRD schemas; VMs against KubeVirt's.
 */
class GitOpsSchemaTest {
  static KubeSchemas appSet;
  static KubeSchemas app;
  static KubeSchemas vm;

  @BeforeAll
  static void load() {
    appSet = KubeSchemas.argocd("applicationset-crd.yaml");
    app = KubeSchemas.argocd("application-crd.yaml");
    vm = KubeSchemas.kubevirt("v1.VirtualMachine");
  }

  @Test
  void listGeneratorApplicationSetValidates() {
    String yaml = TankOsFleet.layout(LayoutStyle.OVERLAYS).applicationSet().toYaml();
    assertThat(appSet.errors(yaml)).isEmpty();
    assertThat(yaml).contains("goTemplate: true").contains("- \"missingkey=error\"");
  }

  @Test
  void gitDirectoryGeneratorApplicationSetValidates() {
    String yaml = TankOsFleet.layout(LayoutStyle.RENDERED).applicationSet().toYaml();
    assertThat(appSet.errors(yaml)).isEmpty();
    assertThat(yaml).contains("path: \"deploy/hosts/*\"");
  }

  @Test
  void applicationValidates() {
    Application a =
        Application.builder()
            .metadata(ObjectMeta.builder().name("tank-os-alice").namespace("argocd").build())
            .repoUrl("https://git.example.com/fleet.git")
            .targetRevision("main")
            .path("deploy/overlays/alice")
            .destinationNamespace("tank-alice")
            .build();
    assertThat(app.errors(a.toYaml())).isEmpty();
  }

  @Test
  void theSchemasCatchAWrongField() throws IOException {
    ObjectNode set =
        (ObjectNode)
            KubeSchemas.YAML.readTree(
                TankOsFleet.layout(LayoutStyle.OVERLAYS).applicationSet().toYaml());
    ((ObjectNode) set.at("/spec")).put("goTemplate", "yes");
    assertThat(appSet.errors(set)).anySatisfy(e -> assertThat(e).contains("goTemplate"));
    ObjectNode noDestination =
        (ObjectNode)
            KubeSchemas.YAML.readTree(
                TankOsFleet.layout(LayoutStyle.OVERLAYS).applicationSet().toYaml());
    ((ObjectNode) noDestination.at("/spec/template/spec")).remove("destination");
    assertThat(appSet.errors(noDestination)).anySatisfy(e -> assertThat(e).contains("destination"));
  }

  @Test
  void everyRenderedVirtualMachineAndBaseValidates() {
    for (LayoutStyle style : LayoutStyle.values()) {
      FileTree tree = TankOsFleet.layout(style).toFileTree();
      int checked = 0;
      for (String path : tree.paths()) {
        if (path.endsWith("/virtualmachine.yaml")) {
          assertThat(vm.errors(tree.text(path).orElseThrow())).as(path).isEmpty();
          checked++;
        }
      }
      assertThat(checked).isEqualTo(style == LayoutStyle.OVERLAYS ? 1 : 3);
    }
  }
}
