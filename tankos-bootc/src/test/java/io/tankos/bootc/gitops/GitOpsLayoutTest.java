package io.tankos.bootc.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tankos.bootc.kubevirt.KubeSchemas;
import io.tankos.bootc.kubevirt.ObjectMeta;
import io.tankos.bootc.kubevirt.TankOsFleet;
import io.tankos.bootc.kubevirt.VirtualMachine;
import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a fleet lays out to (paths sorted, as FileTree keeps them), and that the overlays really
 * produce each host's VM.
 */
class GitOpsLayoutTest {

  @Test
  void overlaysLayout() {
    FileTree tree = TankOsFleet.layout(LayoutStyle.OVERLAYS).toFileTree();
    assertThat(tree.paths())
        .containsExactly(
            "applicationset.yaml",
            "base/kustomization.yaml",
            "base/virtualmachine.yaml",
            "overlays/alice/kustomization.yaml",
            "overlays/alice/secret-tank-alice-cloudinit.yaml",
            "overlays/bob/kustomization.yaml",
            "overlays/bob/secret-tank-bob-cloudinit.yaml",
            "overlays/carol/kustomization.yaml",
            "overlays/carol/secret-tank-carol-cloudinit.yaml");
  }

  @Test
  void renderedLayout() {
    FileTree tree = TankOsFleet.layout(LayoutStyle.RENDERED).toFileTree();
    assertThat(tree.paths())
        .containsExactly(
            "applicationset.yaml",
            "hosts/tank-alice/kustomization.yaml",
            "hosts/tank-alice/secret-tank-alice-cloudinit.yaml",
            "hosts/tank-alice/virtualmachine.yaml",
            "hosts/tank-bob/kustomization.yaml",
            "hosts/tank-bob/secret-tank-bob-cloudinit.yaml",
            "hosts/tank-bob/virtualmachine.yaml",
            "hosts/tank-carol/kustomization.yaml",
            "hosts/tank-carol/secret-tank-carol-cloudinit.yaml",
            "hosts/tank-carol/virtualmachine.yaml");
    assertThat(tree.text("hosts/tank-bob/virtualmachine.yaml").orElseThrow())
        .isEqualTo(TankOsFleet.vm("bob").toYaml());
    assertThat(tree.text("hosts/tank-bob/kustomization.yaml").orElseThrow())
        .isEqualTo(
            "apiVersion: \"kustomize.config.k8s.io/v1beta1\"\nkind: \"Kustomization\"\n"
                + "namespace: \"tank-bob\"\nresources:\n  - \"virtualmachine.yaml\"\n"
                + "  - \"secret-tank-bob-cloudinit.yaml\"\n");
  }

  @Test
  void hostFilesToStreamsWhatHostFilesMakes() {
    for (LayoutStyle style : LayoutStyle.values()) {
      GitOpsLayout layout = TankOsFleet.layout(style);
      List<FileTree> parts = new ArrayList<>();
      java.util.function.Consumer<GitOpsHost> files = layout.hostFilesTo(parts::add);
      layout.hosts().forEach(files);
      assertThat(parts).hasSize(layout.hosts().size());
      for (int i = 0; i < parts.size(); i++) {
        assertThat(parts.get(i)).isEqualTo(layout.hostFiles(layout.hosts().get(i)));
      }
    }
  }

  @Test
  void sameInputSameBytes() {
    for (LayoutStyle style : LayoutStyle.values()) {
      assertThat(TankOsFleet.layout(style).toFileTree().toTar())
          .isEqualTo(TankOsFleet.layout(style).toFileTree().toTar());
    }
  }

  @Test
  void eachOverlayPatchTurnsTheBaseIntoItsHostsVm() throws IOException {
    FileTree tree = TankOsFleet.layout(LayoutStyle.OVERLAYS).toFileTree();
    JsonNode base = KubeSchemas.YAML.readTree(tree.text("base/virtualmachine.yaml").orElseThrow());
    for (String user : TankOsFleet.USERS) {
      JsonNode k =
          KubeSchemas.YAML.readTree(
              tree.text("overlays/" + user + "/kustomization.yaml").orElseThrow());
      assertThat(k.at("/namespace").asText()).isEqualTo("tank-" + user);
      assertThat(k.at("/patches")).hasSize(1);
      JsonNode patch = k.at("/patches/0");
      assertThat(patch.at("/target/kind").asText()).isEqualTo("VirtualMachine");
      assertThat(patch.at("/target/name").asText()).isEqualTo("tank-alice");
      String patchText = patch.at("/patch").asText();
      assertThat(patchText).doesNotContain("op:").doesNotContain("/volumes/1");
      JsonNode merged = apply(base.deepCopy(), KubeSchemas.YAML.readTree(patchText));
      ((ObjectNode) merged.at("/metadata"))
          .put("namespace", "tank-" + user); // kustomize namespace:
      assertThat(merged).isEqualTo(KubeSchemas.YAML.readTree(TankOsFleet.vm(user).toYaml()));
      assertThat(patch.at("/options/allowNameChange").asBoolean()).isEqualTo(!user.equals("alice"));
    }
  }

  /** RFC 7386 merge, as Kustomize applies a strategic-merge patch to a custom resource. */
  private static JsonNode apply(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode out = target.isObject() ? (ObjectNode) target : KubeSchemas.JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      if (e.getValue().isNull()) {
        out.remove(e.getKey());
      } else {
        JsonNode existing = out.get(e.getKey());
        out.set(
            e.getKey(),
            apply(existing == null ? KubeSchemas.JSON.nullNode() : existing, e.getValue()));
      }
    }
    return out;
  }

  @Test
  void overlayPatchRemovesWhatTheHostDropped() throws IOException {
    VirtualMachine base = TankOsFleet.vm("alice");
    VirtualMachine small =
        base.toBuilder()
            .metadata(base.metadata().toBuilder().name("tank-dave").build())
            .evictionStrategy(null)
            .build();
    GitOpsLayout layout =
        GitOpsLayout.builder()
            .name("tank-os")
            .repoUrl("https://git.example.com/fleet.git")
            .base(base)
            .host(new GitOpsHost("dave", small, List.of()))
            .build();
    String k = layout.toFileTree().text("overlays/dave/kustomization.yaml").orElseThrow();
    JsonNode patch =
        KubeSchemas.YAML.readTree(KubeSchemas.YAML.readTree(k).at("/patches/0/patch").asText());
    assertThat(patch.at("/spec/template/spec/evictionStrategy").isNull()).isTrue();
    assertThat(patch.at("/metadata/name").asText()).isEqualTo("tank-dave");
    assertThat(layout.applicationSet().template().path()).isEqualTo("overlays/{{.host}}");
  }

  @Test
  void overlayPatchLeavesOutTheTypedNamespaceOnlyAndKeepsAnUntypedOne() throws IOException {
    VirtualMachine base = TankOsFleet.vm("alice");
    assertThat(base.metadata().namespace()).isNotNull();
    VirtualMachine elsewhere =
        base.toBuilder()
            .metadata(base.metadata().toBuilder().name("tank-erin").namespace("other").build())
            .build();
    VirtualMachine untyped =
        base.toBuilder()
            .metadata(
                base.metadata().toBuilder()
                    .name("tank-frank")
                    .namespace(null)
                    .extra(Map.of("namespace", "kept"))
                    .build())
            .build();
    GitOpsLayout layout =
        GitOpsLayout.builder()
            .name("tank-os")
            .repoUrl("https://git.example.com/fleet.git")
            .base(base)
            .host(new GitOpsHost("erin", elsewhere, List.of()))
            .host(new GitOpsHost("frank", untyped, List.of()))
            .build();
    FileTree tree = layout.toFileTree();
    JsonNode erin = patch(tree, "erin");
    assertThat(erin.at("/metadata").size()).isEqualTo(1);
    assertThat(erin.at("/metadata/name").asText()).isEqualTo("tank-erin");
    assertThat(erin.has("spec")).isFalse();
    JsonNode frank = patch(tree, "frank");
    assertThat(frank.at("/metadata/name").asText()).isEqualTo("tank-frank");
    assertThat(frank.at("/metadata/namespace").asText()).isEqualTo("kept");
    assertThat(tree.text("base/virtualmachine.yaml").orElseThrow()).isEqualTo(base.toYaml());
  }

  private static JsonNode patch(FileTree tree, String host) throws IOException {
    String k = tree.text("overlays/" + host + "/kustomization.yaml").orElseThrow();
    return KubeSchemas.YAML.readTree(
        KubeSchemas.YAML.readTree(k).at("/patches/0/patch").asText());
  }

  private static List<String> problems(GitOpsLayout.Builder b) {
    try {
      b.build();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void duplicateHostNamesAreRefusedWithBothLocations() {
    GitOpsLayout.Builder b =
        TankOsFleet.layout(LayoutStyle.OVERLAYS).toBuilder()
            .host(new GitOpsHost("bob", TankOsFleet.vm("bob"), List.of()));
    assertThat(problems(b))
        .containsExactly("GitOpsLayout.hosts[3].name: 'bob' is already the name of hosts[1]");
  }

  @Test
  void renderedHostsDeployIntoTheirOwnNamespace() {
    GitOpsLayout.Builder b =
        TankOsFleet.layout(LayoutStyle.RENDERED).toBuilder()
            .host(new GitOpsHost("dave", TankOsFleet.vm("dave"), List.of()));
    assertThat(problems(b))
        .singleElement()
        .asString()
        .startsWith(
            "GitOpsLayout.hosts[3].virtualMachine.metadata.namespace: 'tank-dave' differs from the"
                + " host name 'dave'");
  }

  @Test
  void hostNamesAreLabelsAndRepoIsRequired() {
    GitOpsLayout.Builder b =
        GitOpsLayout.builder()
            .name("tank-os")
            .host(new GitOpsHost("Alice", TankOsFleet.vm("alice"), List.of()));
    assertThat(problems(b))
        .containsExactly(
            "GitOpsLayout.repoUrl: is required",
            "GitOpsLayout.hosts[0].name: 'Alice' is not a DNS-1123 label (at most 63 characters"
                + " a-z, 0-9 and '-', starting and ending with a letter or digit)");
  }

  @Test
  void theRepositoryIsAGitUrlThatGitCannotReadAsAnOption() {
    for (String ok : List.of("https://git.example.com/fleet.git", "ssh://git@git.example.com:2222/fleet.git",
        "git@github.com:org/fleet.git", "file:///srv/git/fleet", "HTTPS://Git.Example.com/x", "git://h/x")) {
      assertThat(GitOpsLayout.builder().name("tank-os").repoUrl(ok)
          .host(new GitOpsHost("alice", TankOsFleet.vm("alice"), List.of())).build().applicationSet().toYaml()).as(ok)
          .contains(ok);
    }
    for (String bad : List.of("-upload-pack=touch /tmp/x", "--config=core.sshCommand=x", "https://a b", "https://",
        "fleet.git", "/srv/git/fleet", "https://x\n- evil", "@host:x", "host:", "a/b:c")) {
      GitOpsLayout.Builder b = GitOpsLayout.builder().name("tank-os").repoUrl(bad)
          .host(new GitOpsHost("alice", TankOsFleet.vm("alice"), List.of()));
      assertThat(problems(b)).as(bad).singleElement().asString().startsWith("GitOpsLayout.repoUrl: '")
          .contains("is not a Git repository URL").doesNotContain("\n");
    }
  }

  @Test
  void listElementsNeedTheSameKeys() {
    ApplicationSet.Builder b =
        TankOsFleet.layout(LayoutStyle.OVERLAYS).applicationSet().toBuilder()
            .generator(new ListGenerator(List.of(Map.of("host", "a"), Map.of("user", "b"))));
    try {
      b.build();
      throw new AssertionError("accepted");
    } catch (ValidationException e) {
      assertThat(e.getMessage())
          .contains("ApplicationSet.spec.generators[0].list.elements[1]: has keys [user]");
    }
  }

  @Test
  void applicationNeedsItsFields() {
    try {
      Application.builder().metadata(ObjectMeta.named("a")).build();
      throw new AssertionError("accepted");
    } catch (ValidationException e) {
      assertThat(e.problems().stream().map(Problem::toString))
          .containsExactly(
              "Application.spec.source.repoURL: is required",
              "Application.spec.source.path: is required",
              "Application.spec.destination.namespace: is required");
    }
  }
}
