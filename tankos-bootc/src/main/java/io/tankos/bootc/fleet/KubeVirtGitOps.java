package io.tankos.bootc.fleet;

import io.tankos.bootc.fleet.internal.KeyTable;
import io.tankos.bootc.gitops.GitOpsHost;
import io.tankos.bootc.gitops.GitOpsLayout;
import io.tankos.bootc.gitops.LayoutStyle;
import io.tankos.bootc.kubevirt.ContainerDisk;
import io.tankos.bootc.kubevirt.ObjectMeta;
import io.tankos.bootc.kubevirt.VirtualMachine;
import io.tankos.core.fs.FileTree;
import io.tankos.core.fs.TreeSink;
import io.tankos.core.fs.WriteOptions;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A fleet's GitOps tree for Argo CD, host after host from a {@link HostList}: each host's VM and
 * Secret are rendered, turned into its files and dropped, so only the files' bytes are held (and,
 * in the overlays style, each host's name and namespace for the ApplicationSet's list). Beside
 * the {@link GitOpsLayout} tree, {@code containerdisk/Containerfile} builds the containerDisk
 * from {@code disk.qcow2}. A host with problems (its values, a duplicate host name, instance id,
 * static address or MAC, a host name that is not a DNS-1123 label) is reported with its line and
 * left out.
 *
 * <pre>{@code
 * KubeVirtFleet kubevirt = KubeVirtFleet.builder(Fleet.builder(io.tankos.bootc.image.TankOsImage.tankOs()).build()).build();
 * try (HostList hosts = HostList.read(Path.of("hosts.csv"))) {
 *   KubeVirtGitOps.Result r = KubeVirtGitOps.render(kubevirt,
 *       GitOpsLayout.builder().name("tank-os").repoUrl("https://git.example.com/fleet.git")
 *           .style(LayoutStyle.RENDERED),
 *       hosts, h -> h.problems().forEach(System.err::println));
 *   r.tree().writeTo(Path.of("deploy"));
 * }
 * }</pre>
 */
public final class KubeVirtGitOps {
  /** The containerDisk's build context file the Containerfile adds. */
  public static final String DISK_FILE = "disk.qcow2";

  private KubeVirtGitOps() {}

  /**
   * The tree and the counts of a rendering ({@code written} counts the hosts in the tree).
   *
   * @param tree the files, paths relative to the layout's root
   * @param report the counts
   */
  public record Result(FileTree tree, FleetReport report) {
    /**
     * Checks.
     *
     * @param tree the tree
     * @param report the report
     */
    public Result {
      Objects.requireNonNull(tree, "tree");
      Objects.requireNonNull(report, "report");
    }
  }

  /**
   * Renders the listed hosts into a GitOps tree.
   *
   * @param fleet the KubeVirt settings and image
   * @param layout the layout's settings (name, repository, style...) without hosts; its name
   *     defaults to the fleet's
   * @param hosts the host list, read to its end
   * @param listener told of every host, failed ones with their problems
   * @return the tree and counts
   * @throws ValidationException when the layout's settings are wrong (e.g. no repository, or one
   *     namespace for all VMs in the rendered style) or no host is left
   */
  public static Result render(KubeVirtFleet fleet, GitOpsLayout.Builder layout, HostList hosts,
      Consumer<HostResult> listener) {
    FileTree.Builder tree = FileTree.builder();
    FleetReport report = produce(fleet, layout, hosts, listener, tree::add);
    return new Result(tree.build(), report);
  }

  /**
   * Renders the listed hosts into a GitOps tree written to a directory as they come, as {@link
   * FileTree#writeInParts} writes it: host after host, so the files of a fleet of any size are
   * never held in memory together (what is kept is a list entry a host for an {@code OVERLAYS}
   * ApplicationSet and the paths to flush). The directory is replaced atomically at the end; when
   * no host is left, or the directory is refused, it is unchanged.
   *
   * <pre>{@code
   * try (HostList hosts = HostList.read(Path.of("hosts.csv"))) {
   *   FleetReport r = KubeVirtGitOps.write(kubevirt, GitOpsLayout.builder().repoUrl(repo), hosts,
   *       h -> h.problems().forEach(System.err::println), Path.of("deploy"), WriteOptions.defaults());
   * }
   * }</pre>
   *
   * @param fleet the KubeVirt settings and image
   * @param layout the layout's settings without hosts (see {@link #render})
   * @param hosts the host list, read to its end
   * @param listener told of every host, failed ones with their problems
   * @param dir the directory
   * @param options what may be replaced
   * @return the counts
   * @throws ValidationException as {@link #render}; the directory is unchanged
   * @throws io.tankos.core.fs.TargetRefusedException when the directory must not be replaced
   * @throws java.io.UncheckedIOException when it cannot be written (it is unchanged)
   */
  public static FleetReport write(KubeVirtFleet fleet, GitOpsLayout.Builder layout, HostList hosts,
      Consumer<HostResult> listener, Path dir, WriteOptions options) {
    FleetReport[] report = new FleetReport[1];
    FileTree.writeInParts(dir, options, sink -> report[0] = produce(fleet, layout, hosts, listener, sink));
    return report[0];
  }

  /** Renders host after host into the sink, then the common files; returns the counts. */
  private static FleetReport produce(KubeVirtFleet fleet, GitOpsLayout.Builder layout, HostList hosts,
      Consumer<HostResult> listener, TreeSink tree) {
    Objects.requireNonNull(fleet, "fleet");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(hosts, "hosts");
    Objects.requireNonNull(listener, "listener");
    KeyTable keys = new KeyTable();
    GitOpsLayout template = null;
    Consumer<GitOpsHost> hostFiles = null;
    VirtualMachine listedVm = null;
    List<GitOpsHost> listed = new ArrayList<>();
    int written = 0;
    int failed = 0;
    while (hosts.hasNext()) {
      ListedHost e = hosts.next();
      String name = e.hostname().orElse("");
      List<String> problems = new ArrayList<>(e.problems());
      GitOpsHost host = null;
      if (problems.isEmpty()) {
        FleetHost h = e.host().orElseThrow();
        HostClaims.claim(e, h, keys, problems);
        try {
          host = fleet.host(h);
        } catch (ValidationException x) {
          problems.addAll(e.located(x));
        }
      }
      if (!problems.isEmpty()) {
        failed++;
        listener.accept(new HostResult(e.location(), name, HostResult.Status.FAILED, problems));
        continue;
      }
      if (template == null) {
        template = layout.name(fleet.name()).host(host).build();
        listedVm = listedVm(fleet, host);
        hostFiles = template.hostFilesTo(tree);
      }
      hostFiles.accept(host);
      if (template.style() == LayoutStyle.OVERLAYS && !listed.isEmpty()) {
        listed.add(new GitOpsHost(host.name(), listedVm, List.of()));
      } else if (listed.isEmpty()) {
        listed.add(host);
      }
      written++;
      listener.accept(new HostResult(e.location(), name, HostResult.Status.WRITTEN, List.of()));
    }
    if (template == null) {
      throw new ValidationException(Location.of("KubeVirtGitOps").child("hosts"),
          "no host without problems: " + failed + " failed");
    }
    GitOpsLayout.Builder whole = template.toBuilder();
    listed.subList(1, listed.size()).forEach(whole::host);
    tree.add(whole.build().commonFiles());
    tree.add(FileTree.builder()
        .file("containerdisk/Containerfile", ContainerDisk.containerfile(DISK_FILE).toString()).build());
    return new FleetReport(written, 0, 0, failed);
  }

  /**
   * The VM of every host of the ApplicationSet's list after the first: the list's VMs are never
   * rendered (the whole layout's base is the template's), and of a listed host only its name and
   * its namespace are read (a listed host has no Secrets). The VM is in the fleet's namespace,
   * which every host's is; without one, it has none, so that each listed host's namespace is its
   * name, as its own VM's is. It is named like the first host.
   */
  private static VirtualMachine listedVm(KubeVirtFleet fleet, GitOpsHost first) {
    return VirtualMachine.builder()
        .metadata(ObjectMeta.builder().name(first.name()).namespace(fleet.namespace()).build())
        .build();
  }
}
