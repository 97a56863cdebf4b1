package io.tankos.bootc.fleet;

import static io.tankos.bootc.fleet.FleetFixtures.KEY;
import static io.tankos.bootc.fleet.FleetFixtures.KEY2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.bootc.gitops.GitOpsHost;
import io.tankos.bootc.gitops.GitOpsLayout;
import io.tankos.bootc.gitops.LayoutStyle;
import io.tankos.bootc.kubevirt.KubeSchemas;
import io.tankos.bootc.kubevirt.KubernetesSecret;
import io.tankos.cloudinit.realtools.CloudInitValidators;
import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet on KubeVirt: VMs valid against KubeVirt's {@code v1.VirtualMachine}, the ApplicationSet
 * against Argo CD's CRD, every Secret's user-data through cloud-init 22.4.2 and 25.1.4.
 */
class KubeVirtFleetTest {
  static final String CSV = FleetFixtures.CSV_HEADER
      + "tank-01,,\"" + KEY + "\",work,,,,,team=a\n"
      + "tank-02,,\"" + KEY + ";" + KEY2 + "\",,52:54:00:aa:bb:02,192.0.2.12/24,192.0.2.1,192.0.2.53,team=b\n"
      + "tank-03,,\"" + KEY2 + "\",research,,,,,\n";

  @TempDir Path tmp;

  static KubeVirtFleet kubevirt(String namespace, String home) {
    return KubeVirtFleet.builder(Fleet.builder(FleetFixtures.twoInstances()).build())
        .namespace(namespace).homeVolumeSize(home).build();
  }

  static GitOpsLayout.Builder layout(LayoutStyle style) {
    return GitOpsLayout.builder().repoUrl("https://git.example.com/fleet.git").targetRevision("main")
        .root("deploy").style(style);
  }

  static KubeVirtGitOps.Result render(KubeVirtFleet k, LayoutStyle style, String csv, List<HostResult> seen) {
    try (HostList hosts = HostList.readCsv("hosts.csv", csv)) {
      return KubeVirtGitOps.render(k, layout(style), hosts, seen::add);
    }
  }

  @Test
  void threeHostsRenderToTheseFiles() {
    KubeVirtGitOps.Result rendered = render(kubevirt(null, null), LayoutStyle.RENDERED, CSV, new ArrayList<>());
    KubeVirtGitOps.Result overlays = render(kubevirt("tank", null), LayoutStyle.OVERLAYS, CSV, new ArrayList<>());
    System.out.println("RENDERED:\n  " + String.join("\n  ", rendered.tree().paths()));
    System.out.println("OVERLAYS:\n  " + String.join("\n  ", overlays.tree().paths()));
    assertThat(rendered.report()).isEqualTo(new FleetReport(3, 0, 0, 0));
    assertThat(rendered.tree().paths()).containsExactly(
        "applicationset.yaml", "containerdisk/Containerfile",
        "hosts/tank-01/kustomization.yaml", "hosts/tank-01/secret-tank-01-cloudinit.yaml",
        "hosts/tank-01/virtualmachine.yaml",
        "hosts/tank-02/kustomization.yaml", "hosts/tank-02/secret-tank-02-cloudinit.yaml",
        "hosts/tank-02/virtualmachine.yaml",
        "hosts/tank-03/kustomization.yaml", "hosts/tank-03/secret-tank-03-cloudinit.yaml",
        "hosts/tank-03/virtualmachine.yaml");
    assertThat(overlays.tree().paths()).containsExactly(
        "applicationset.yaml", "base/kustomization.yaml", "base/virtualmachine.yaml",
        "containerdisk/Containerfile",
        "overlays/tank-01/kustomization.yaml", "overlays/tank-01/secret-tank-01-cloudinit.yaml",
        "overlays/tank-02/kustomization.yaml", "overlays/tank-02/secret-tank-02-cloudinit.yaml",
        "overlays/tank-03/kustomization.yaml", "overlays/tank-03/secret-tank-03-cloudinit.yaml");
    assertThat(overlays.tree().text("applicationset.yaml").orElseThrow())
        .contains("host: \"tank-03\"").contains("namespace: \"tank\"");
    assertThat(rendered.tree().text("containerdisk/Containerfile").orElseThrow())
        .isEqualTo("FROM scratch\nADD --chown=107:107 disk.qcow2 /disk/\n");
  }

  @Test
  void everyVmAndTheApplicationSetPassTheRealSchemasAndNoKeyIsInAVm() {
    KubeSchemas vm = KubeSchemas.kubevirt("v1.VirtualMachine");
    KubeSchemas appSet = KubeSchemas.argocd("applicationset-crd.yaml");
    for (LayoutStyle style : LayoutStyle.values()) {
      FileTree tree = render(kubevirt(null, "20Gi"), style, CSV, new ArrayList<>()).tree();
      assertThat(appSet.errors(tree.text("applicationset.yaml").orElseThrow())).as(style.name()).isEmpty();
      List<String> vms = tree.paths().stream().filter(p -> p.endsWith("virtualmachine.yaml")).toList();
      assertThat(vms).hasSize(style == LayoutStyle.RENDERED ? 3 : 1);
      for (String p : vms) {
        String yaml = tree.text(p).orElseThrow();
        assertThat(vm.errors(yaml)).as(p).isEmpty();
        assertThat(yaml).as(p).doesNotContain("ssh-ed25519").doesNotContain("userData")
            .contains("secretRef:").contains("cores: 2").contains("memory: \"4Gi\"")
            .contains(KubeVirtFleet.TANK_OS_DISK_IMAGE).contains("storage: \"20Gi\"");
      }
    }
  }

  @Test
  void hostsCarryTheirLabelsSecretsAndNetwork() {
    KubeVirtFleet k = kubevirt(null, null);
    GitOpsHost h = k.host(FleetHost.builder("tank-02").sshAuthorizedKey(KEY).address("192.0.2.12/24")
        .gateway("192.0.2.1").label("team", "b").build());
    assertThat(h.virtualMachine().metadata().labels()).containsEntry("app", "tank-os").containsEntry("team", "b");
    assertThat(h.namespace()).isEqualTo("tank-02");
    String vmYaml = h.virtualMachine().toYaml();
    assertThat(vmYaml).contains("secretRef:\n").contains("networkDataSecretRef:\n")
        .contains("name: \"tank-02-cloudinit\"");
    KubernetesSecret s = h.secrets().get(0);
    assertThat(s.stringData().get(KubernetesSecret.USER_DATA_KEY)).startsWith("#cloud-config\n").contains(KEY);
    assertThat(s.stringData().get(KubernetesSecret.NETWORK_DATA_KEY)).contains("192.0.2.12/24");
    assertThat(s.toString()).doesNotContain(KEY);
    GitOpsHost plain = k.host(FleetHost.builder("tank-01").sshAuthorizedKey(KEY).build());
    assertThat(plain.virtualMachine().toYaml()).doesNotContain("networkDataSecretRef");
    assertThat(plain.secrets().get(0).stringData()).containsOnlyKeys(KubernetesSecret.USER_DATA_KEY);
    assertThat(k.toBuilder().build().toString()).isEqualTo(k.toString());
  }

  @Test
  void everySecretsUserDataPassesBothCloudInits() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String home : new String[] {null, "20Gi"}) {
      FileTree tree = render(kubevirt(null, home), LayoutStyle.RENDERED, CSV, new ArrayList<>()).tree();
      for (String p : tree.paths()) {
        if (p.contains("/secret-")) {
          String userData = KubeSchemas.YAML.readTree(tree.text(p).orElseThrow())
              .at("/stringData/" + KubernetesSecret.USER_DATA_KEY).asText();
          assertThat(userData).startsWith("#cloud-config\n");
          if (home != null) {
            assertThat(userData).contains("/var/home").contains("mkfs.xfs");
          }
          Path f = tmp.resolve((home == null ? "plain-" : "home-") + files.size());
          Files.writeString(f, userData);
          files.add(f);
        }
      }
    }
    assertThat(files).hasSize(6);
    for (String version : CloudInitValidators.versions()) {
      assertThat(CloudInitValidators.problems(version, files)).as(version).isEmpty();
    }
  }

  @Test
  void duplicatesAndBadHostsAreReportedAndLeftOut() {
    String csv = CSV
        + "tank-01,,\"" + KEY + "\",,,,,,\n"                     // duplicate host name
        + "tank-04,,\"" + KEY + "\",,,192.0.2.12/24,,,\n"        // duplicate address
        + "tank_05,,\"" + KEY + "\",,,,,,\n"                     // not a DNS-1123 label
        + "tank-06,,\"" + KEY + "\",nosuch,,,,,\n";              // unknown instance
    List<HostResult> seen = new ArrayList<>();
    KubeVirtGitOps.Result r = render(kubevirt(null, null), LayoutStyle.RENDERED, csv, seen);
    assertThat(r.report()).isEqualTo(new FleetReport(3, 0, 0, 4));
    List<String> problems = seen.stream().flatMap(h -> h.problems().stream()).toList();
    assertThat(problems).hasSize(4);
    assertThat(problems.get(0)).isEqualTo("hosts.csv:5: hostname: tank-01 is also the hostname of the host at hosts.csv:2");
    assertThat(problems.get(1)).startsWith("hosts.csv:6: address: 192.0.2.12 is also the address");
    assertThat(problems.get(2)).startsWith("hosts.csv:7: ").contains("tank_05");
    assertThat(problems.get(3)).startsWith("hosts.csv:8: ").contains("instances[0]: not an instance of the image");
    assertThat(r.tree().paths()).noneMatch(p -> p.contains("tank-04") || p.contains("tank-06"));

    assertThatThrownBy(() -> render(kubevirt("tank", null), LayoutStyle.RENDERED, CSV, new ArrayList<>()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("namespace");
    assertThatThrownBy(() -> render(kubevirt(null, null), LayoutStyle.RENDERED,
        FleetFixtures.CSV_HEADER + "bad_name,,\"" + KEY + "\",,,,,,\n", new ArrayList<>()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no host without problems");
    assertThatThrownBy(() -> KubeVirtFleet.builder(Fleet.builder(FleetFixtures.twoInstances()).build())
        .cores(0).namespace("Bad").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("KubeVirtFleet.cores")
        .hasMessageContaining("KubeVirtFleet.namespace");
  }

  @Test
  void theSameHostsGiveTheSameBytes() {
    for (LayoutStyle style : LayoutStyle.values()) {
      FileTree a = render(kubevirt(null, "20Gi"), style, CSV, new ArrayList<>()).tree();
      FileTree b = render(kubevirt(null, "20Gi"), style, CSV, new ArrayList<>()).tree();
      assertThat(b).isEqualTo(a);
      assertThat(a.entries()).allSatisfy(e -> assertThat(new String(a.get(e.path()).orElseThrow().toString()))
          .doesNotContain("\r"));
    }
  }

  @Test
  void writingHostAfterHostGivesTheRenderedTree() throws Exception {
    for (LayoutStyle style : LayoutStyle.values()) {
      KubeVirtFleet k = kubevirt(style == LayoutStyle.OVERLAYS ? "tank" : null, "10Gi");
      FileTree expected = render(k, style, CSV, new ArrayList<>()).tree();
      Path dir = tmp.resolve("deploy-" + style);
      List<HostResult> seen = new ArrayList<>();
      FleetReport report;
      try (HostList hosts = HostList.readCsv("hosts.csv", CSV)) {
        report = KubeVirtGitOps.write(k, layout(style), hosts, seen::add, dir,
            io.tankos.core.fs.WriteOptions.defaults());
      }
      assertThat(report).isEqualTo(new FleetReport(3, 0, 0, 0));
      assertThat(seen).hasSize(3);
      List<String> written;
      try (var files = Files.walk(dir.toRealPath())) {
        Path root = dir.toRealPath();
        written = files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
      }
      assertThat(written).as(style.toString()).isEqualTo(expected.paths());
      for (String path : expected.paths()) {
        assertThat(Files.readString(dir.resolve(path))).as(path).isEqualTo(expected.text(path).orElseThrow());
      }
    }
  }

  @Test
  void writingAFleetWithNoHostLeftChangesNothing() throws Exception {
    Path dir = tmp.resolve("deploy");
    try (HostList hosts = HostList.readCsv("hosts.csv", CSV)) {
      KubeVirtGitOps.write(kubevirt(null, null), layout(LayoutStyle.RENDERED), hosts, h -> { }, dir,
          io.tankos.core.fs.WriteOptions.defaults());
    }
    String before = Files.readString(dir.resolve("applicationset.yaml"));
    String bad = FleetFixtures.CSV_HEADER + "tank-09,,not-a-key,,,,,,\n";
    try (HostList hosts = HostList.readCsv("hosts.csv", bad)) {
      assertThatThrownBy(() -> KubeVirtGitOps.write(kubevirt(null, null), layout(LayoutStyle.RENDERED), hosts,
          h -> { }, dir, io.tankos.core.fs.WriteOptions.defaults()))
          .isInstanceOf(ValidationException.class).hasMessageContaining("no host without problems");
    }
    assertThat(Files.readString(dir.resolve("applicationset.yaml"))).isEqualTo(before);
    assertThat(dir.resolve("hosts/tank-01/virtualmachine.yaml")).exists();
    assertThat(Files.readSymbolicLink(dir)).isEqualTo(Path.of(".deploy.tankos/gen-1"));
  }
}
