package io.tankos.bootc.gitops;

import io.tankos.bootc.kubevirt.KubernetesSecret;
import io.tankos.bootc.kubevirt.ObjectMeta;
import io.tankos.bootc.kubevirt.VirtualMachine;
import io.tankos.bootc.kubevirt.internal.KubeNames;
import io.tankos.bootc.kubevirt.internal.KubeYaml;
import io.tankos.bootc.kubevirt.internal.MergeDiff;
import io.tankos.bootc.kubevirt.internal.RepoUrls;
import io.tankos.bootc.kubevirt.internal.SecretTrees;
import io.tankos.bootc.kubevirt.internal.SmallMap;
import io.tankos.bootc.kubevirt.internal.VirtualMachineCodec;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.TreeSink;
import io.tankos.core.text.TextBuffers;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A fleet of KubeVirt VMs as a GitOps directory tree for Argo CD: every per-host manifest generated
 * from the model (no hand-kept patches, no list-index JSON 6902 patches). Two styles:
 *
 * <ul>
 *   <li>{@link LayoutStyle#OVERLAYS}: {@code base/} with the base VM, {@code overlays/<host>/} with
 *       a strategic-merge patch by name (what differs from the base) and the host's Secrets, and
 *       {@code applicationset.yaml} with a list generator ({@code host}, {@code namespace}).
 *   <li>{@link LayoutStyle#RENDERED}: {@code hosts/<host>/} with the full VM and Secrets, and
 *       {@code applicationset.yaml} with a Git directory generator over {@code hosts/*}.
 * </ul>
 *
 * <p>Paths in the tree are relative to {@code root}, the directory the tree is committed to in the
 * repository; the same input gives the same bytes.
 *
 * <pre>{@code
 * FileTree tree = GitOpsLayout.builder()
 *     .name("tank-os")
 *     .repoUrl("https://git.example.com/fleet.git")
 *     .targetRevision("main")
 *     .root("deploy")
 *     .style(LayoutStyle.OVERLAYS)
 *     .host(new GitOpsHost("alice", aliceVm, List.of(aliceSecret)))
 *     .host(new GitOpsHost("bob", bobVm, List.of(bobSecret)))
 *     .build()
 *     .toFileTree();
 * tree.writeTo(repo.resolve("deploy"));
 * }</pre>
 */
public final class GitOpsLayout {
  private static final Location AT = Location.of("GitOpsLayout");

  private final String name;
  private final String argoNamespace;
  private final String repoUrl;
  private final String targetRevision;
  private final String root;
  private final String project;
  private final LayoutStyle style;
  private final VirtualMachine base;
  private final List<GitOpsHost> hosts;

  /**
   * The base VM's tree without its namespace, the side every overlay patch starts from; never
   * changed.
   */
  private final Map<String, Object> baseTree;

  private GitOpsLayout(Builder b) {
    this.name = b.name;
    this.argoNamespace = b.argoNamespace;
    this.repoUrl = b.repoUrl;
    this.targetRevision = b.targetRevision;
    this.root = b.root;
    this.project = b.project;
    this.style = b.style;
    this.hosts = List.copyOf(b.hosts);
    this.base = b.base != null ? b.base : hosts.get(0).virtualMachine();
    this.baseTree = style == LayoutStyle.OVERLAYS ? treeWithoutNamespace(base) : null;
  }

  /**
   * A builder: Argo CD namespace {@code argocd}, revision {@code HEAD}, root {@code ""} (the
   * repository's top), project {@code default}, style {@link LayoutStyle#OVERLAYS}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this layout.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .name(name)
            .argoNamespace(argoNamespace)
            .repoUrl(repoUrl)
            .targetRevision(targetRevision)
            .root(root)
            .project(project)
            .style(style)
            .base(base);
    b.hosts.addAll(hosts);
    return b;
  }

  /**
   * The layout style.
   *
   * @return overlays or rendered
   */
  public LayoutStyle style() {
    return style;
  }

  /**
   * The hosts, in order.
   *
   * @return an unmodifiable list
   */
  public List<GitOpsHost> hosts() {
    return hosts;
  }

  /**
   * The ApplicationSet that deploys the fleet.
   *
   * @return the ApplicationSet
   */
  public ApplicationSet applicationSet() {
    Application.Builder template =
        Application.builder().project(project).repoUrl(repoUrl).targetRevision(targetRevision);
    Generator generator;
    if (style == LayoutStyle.OVERLAYS) {
      List<Map<String, String>> elements = new ArrayList<>(hosts.size());
      for (GitOpsHost h : hosts) {
        Map<String, String> e = new SmallMap<>(2);
        e.put("host", h.name());
        e.put("namespace", h.namespace());
        elements.add(e);
      }
      generator = new ListGenerator(elements);
      template
          .metadata(ObjectMeta.named(name + "-{{.host}}"))
          .path(repoPath("overlays/{{.host}}"))
          .destinationNamespace("{{.namespace}}");
    } else {
      generator = GitGenerator.directories(repoUrl, targetRevision, repoPath("hosts/*"));
      template
          .metadata(ObjectMeta.named(name + "-{{.path.basename}}"))
          .path("{{.path.path}}")
          .destinationNamespace("{{.path.basename}}");
    }
    return ApplicationSet.builder()
        .metadata(ObjectMeta.builder().name(name).namespace(argoNamespace).build())
        .generator(generator)
        .template(template.build())
        .build();
  }

  /**
   * The directory tree, paths relative to {@code root}.
   *
   * @return the tree
   */
  public FileTree toFileTree() {
    FileTree.Builder tree = FileTree.builder();
    tree.add(commonFiles());
    for (GitOpsHost h : hosts) {
      tree.add(hostFiles(h));
    }
    return tree.build();
  }

  /**
   * The files every fleet of this layout holds whatever its hosts: {@code base/} in the overlays
   * style, and {@code applicationset.yaml} (in the overlays style its list names this layout's
   * hosts). With {@link #hostFiles}, a writer can stream hosts one by one.
   *
   * @return the tree, paths relative to {@code root}
   */
  public FileTree commonFiles() {
    FileTree.Builder tree = FileTree.builder();
    if (style == LayoutStyle.OVERLAYS) {
      tree.file(
          "base/kustomization.yaml",
          Kustomization.builder().resource("virtualmachine.yaml").build().yamlText());
      tree.file("base/virtualmachine.yaml", vmYaml(base));
    }
    tree.file("applicationset.yaml", applicationSet().yamlText());
    return tree.build();
  }

  /**
   * The files of one host: {@code overlays/<host>/} (patch against this layout's base, Secrets,
   * kustomization) or {@code hosts/<host>/} (VM, Secrets, kustomization). The host need not be one
   * of this layout's hosts; the caller checks it as {@link Builder#build()} checks those.
   *
   * @param h the host
   * @return the tree, paths relative to {@code root}
   */
  public FileTree hostFiles(GitOpsHost h) {
    StringBuilder patchScratch = new StringBuilder(style == LayoutStyle.OVERLAYS ? 1024 : 0);
    return hostFiles(h, new StringBuilder(1024), patchScratch);
  }

  /**
   * Host after host into a sink, each host's files as {@link #hostFiles} makes them, all written
   * through the same text buffers: for a writer streaming many hosts, which then makes no buffer a
   * file. The consumer is not thread-safe.
   *
   * @param sink where each host's files go
   * @return takes a host and adds its files to the sink
   */
  public Consumer<GitOpsHost> hostFilesTo(TreeSink sink) {
    Objects.requireNonNull(sink, "sink");
    StringBuilder scratch = new StringBuilder(4096);
    StringBuilder patchScratch = new StringBuilder(2048);
    return h -> sink.add(hostFiles(h, scratch, patchScratch));
  }

  /**
   * {@link #hostFiles}, the YAML written through {@code scratch} (and an overlay's patch through
   * {@code patchScratch}).
   */
  private FileTree hostFiles(GitOpsHost h, StringBuilder scratch, StringBuilder patchScratch) {
    Objects.requireNonNull(h, "h");
    FileTree.Builder tree = FileTree.builder();
    if (style == LayoutStyle.OVERLAYS) {
      Kustomization.Builder k =
          Kustomization.builder().namespace(h.namespace()).resource("../../base");
      secrets(tree, "overlays/", h, k, scratch);
      VirtualMachine vm = h.virtualMachine();
      CharSequence patch = KubeYaml.toYamlText(patch(vm), patchScratch);
      boolean renamed = !vm.metadata().name().equals(base.metadata().name());
      tree.file("overlays/" + h.name() + "/kustomization.yaml", k.build()
          .yamlText(scratch, VirtualMachine.KIND, base.metadata().name(), patch, renamed));
    } else {
      Kustomization.Builder k =
          Kustomization.builder().namespace(h.namespace()).resource("virtualmachine.yaml");
      tree.file("hosts/" + h.name() + "/virtualmachine.yaml", vmYaml(h.virtualMachine(), scratch));
      secrets(tree, "hosts/", h, k, scratch);
      tree.file("hosts/" + h.name() + "/kustomization.yaml", k.build().yamlText(scratch));
    }
    return tree.build();
  }

  /** The VM's YAML ({@link VirtualMachine#toYaml}) as written, for its file to encode. */
  private static CharSequence vmYaml(VirtualMachine vm) {
    return KubeYaml.toYamlText(VirtualMachineCodec.built(vm));
  }

  /** {@link #vmYaml(VirtualMachine)} written through {@code scratch}. */
  private static CharSequence vmYaml(VirtualMachine vm, StringBuilder scratch) {
    return KubeYaml.toYamlText(VirtualMachineCodec.built(vm), scratch);
  }

  /** The host's Secrets into {@code top}/HOST/ and the kustomization's resources. */
  private static void secrets(FileTree.Builder tree, String top, GitOpsHost h,
      Kustomization.Builder k, StringBuilder scratch) {
    for (KubernetesSecret s : h.secrets()) {
      String file = "secret-" + s.metadata().name() + ".yaml";
      try {
        tree.file(top + h.name() + "/" + file, KubeYaml.toYamlText(SecretTrees.tree(s), scratch));
      } finally { // the kept buffer holds no Secret text after its file, made or refused
        TextBuffers.wipe(scratch);
      }
      k.resource(file);
    }
  }

  /** The overlay's patch of a VM: what differs from the base, under the VM's name. */
  private Map<String, Object> patch(VirtualMachine vm) {
    Map<String, Object> diff = MergeDiff.diff(baseTree, treeWithoutNamespace(vm));
    Map<String, Object> patch = new SmallMap<>();
    patch.put("apiVersion", VirtualMachine.API_VERSION);
    patch.put("kind", VirtualMachine.KIND);
    Map<String, Object> meta = new SmallMap<>();
    meta.put("name", vm.metadata().name());
    if (diff.remove("metadata") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> meta.put(String.valueOf(k), v));
    }
    patch.put("metadata", meta);
    patch.putAll(diff);
    return patch;
  }

  /**
   * The VM's tree without {@code metadata.namespace} (Kustomize sets it per overlay): the tree the
   * VM wrote when built, with a copy of its top level and metadata when the namespace is set. A
   * built VM's tree has no untyped {@code namespace} beside a set one (writing it would have refused
   * the VM), so the key left out is the typed one; the other keys keep their order.
   */
  private static Map<String, Object> treeWithoutNamespace(VirtualMachine vm) {
    Map<String, Object> tree = VirtualMachineCodec.built(vm);
    if (vm.metadata().namespace() == null || !(tree.get("metadata") instanceof Map<?, ?> meta)) {
      return tree;
    }
    Map<String, Object> metaCopy = new SmallMap<>(meta.size() - 1);
    meta.forEach((k, v) -> {
      if (!"namespace".equals(k)) {
        metaCopy.put((String) k, v);
      }
    });
    Map<String, Object> copy = new SmallMap<>(tree.size());
    tree.forEach((k, v) -> copy.put(k, "metadata".equals(k) ? metaCopy : v));
    return copy;
  }

  private String repoPath(String relative) {
    return root.isEmpty() ? relative : root + "/" + relative;
  }

  @Override
  public String toString() {
    return "GitOpsLayout{name=" + name + ", style=" + style + ", hosts=" + hosts.size() + "}";
  }

  /** Builds {@link GitOpsLayout}. */
  public static final class Builder {
    private String name;
    private String argoNamespace = "argocd";
    private String repoUrl;
    private String targetRevision = "HEAD";
    private String root = "";
    private String project = "default";
    private LayoutStyle style = LayoutStyle.OVERLAYS;
    private VirtualMachine base;
    private final List<GitOpsHost> hosts = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the ApplicationSet's name, also the prefix of every Application's name.
     *
     * @param name a DNS-1123 label
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the namespace Argo CD runs in (e.g. {@code openshift-gitops}).
     *
     * @param namespace the namespace
     * @return this builder
     */
    public Builder argoNamespace(String namespace) {
      this.argoNamespace = namespace;
      return this;
    }

    /**
     * Sets the Git repository Argo CD reads.
     *
     * @param repoUrl the URL
     * @return this builder
     */
    public Builder repoUrl(String repoUrl) {
      this.repoUrl = repoUrl;
      return this;
    }

    /**
     * Sets the branch, tag or commit.
     *
     * @param revision the revision
     * @return this builder
     */
    public Builder targetRevision(String revision) {
      this.targetRevision = revision;
      return this;
    }

    /**
     * Sets where the tree lives in the repository.
     *
     * @param root a relative directory such as {@code deploy}, or {@code ""} for the top
     * @return this builder
     */
    public Builder root(String root) {
      this.root = Objects.requireNonNull(root, "root");
      return this;
    }

    /**
     * Sets the Argo CD project.
     *
     * @param project the project
     * @return this builder
     */
    public Builder project(String project) {
      this.project = project;
      return this;
    }

    /**
     * Sets the layout style.
     *
     * @param style overlays or rendered
     * @return this builder
     */
    public Builder style(LayoutStyle style) {
      this.style = Objects.requireNonNull(style, "style");
      return this;
    }

    /**
     * Sets the base VM of {@link LayoutStyle#OVERLAYS} (default: the first host's VM).
     *
     * @param base the base VM, or null for the default
     * @return this builder
     */
    public Builder base(VirtualMachine base) {
      this.base = base;
      return this;
    }

    /**
     * Adds a host.
     *
     * @param host the host
     * @return this builder
     */
    public Builder host(GitOpsHost host) {
      hosts.add(Objects.requireNonNull(host, "host"));
      return this;
    }

    /**
     * Builds and checks: name and host names are DNS-1123 labels, host names are unique, the
     * repository is set, the root is relative, a host's Secrets have distinct names, and in the
     * rendered style a VM's namespace is its host's name (the directory generator only knows the
     * directory).
     *
     * @return the layout
     * @throws io.tankos.core.validation.ValidationException naming each problem's location
     */
    public GitOpsLayout build() {
      Problems problems = new Problems();
      KubeNames.checkLabel(problems, AT.child("name"), name);
      RepoUrls.check(problems, AT.child("repoUrl"), repoUrl);
      if (root.startsWith("/") || root.endsWith("/") || root.contains("..")) {
        problems.add(AT.child("root"), "'" + root + "' is not a relative directory");
      }
      if (hosts.isEmpty()) {
        problems.add(AT.child("hosts"), "needs at least one host");
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < hosts.size(); i++) {
        GitOpsHost h = hosts.get(i);
        if (!KubeNames.recordGood(seen, h.name(), i)) {
          Location at = host(i).child("name");
          KubeNames.checkLabel(problems, at, h.name());
          KubeNames.checkUnique(problems, at, seen, h.name(), i, "hosts");
        }
        if (!KubeNames.isLabel(h.namespace())) {
          KubeNames.checkLabel(problems, host(i).child("namespace"), h.namespace());
        }
        if (style == LayoutStyle.RENDERED && !h.namespace().equals(h.name())) {
          problems.add(
              host(i).child("virtualMachine").child("metadata").child("namespace"),
              "'"
                  + h.namespace()
                  + "' differs from the host name '"
                  + h.name()
                  + "'; the rendered style deploys each host into the namespace named like its"
                  + " directory");
        }
        if (h.secrets().size() > 1) { // one Secret has a distinct name
          Map<String, Integer> secretNames = new HashMap<>();
          for (int j = 0; j < h.secrets().size(); j++) {
            KubeNames.checkUnique(
                problems,
                host(i).child("secrets").index(j).child("metadata").child("name"),
                secretNames,
                h.secrets().get(j).metadata().name(),
                j,
                "secrets");
          }
        }
      }
      problems.throwIfAny();
      return new GitOpsLayout(this);
    }

    /** Where host {@code i} is, made only for a problem. */
    private static Location host(int i) {
      return AT.child("hosts").index(i);
    }
  }
}
