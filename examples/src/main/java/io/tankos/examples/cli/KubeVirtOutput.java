package io.tankos.examples.cli;

import io.tankos.bootc.fleet.Fleet;
import io.tankos.bootc.fleet.FleetReport;
import io.tankos.bootc.fleet.HostList;
import io.tankos.bootc.fleet.HostResult;
import io.tankos.bootc.fleet.KubeVirtFleet;
import io.tankos.bootc.fleet.KubeVirtGitOps;
import io.tankos.bootc.gitops.GitOpsLayout;
import io.tankos.bootc.gitops.LayoutStyle;
import io.tankos.core.text.Shown;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code tankos fleet --kubevirt}: the fleet's VMs, Secrets, ApplicationSet and containerDisk
 * Containerfile ({@link KubeVirtGitOps}) written into DIR by {@link OutputDirectory}'s rules.
 * Without {@code --repo}, the ApplicationSet points at {@link #PLACEHOLDER_REPO} and a note on
 * standard error says so.
 */
final class KubeVirtOutput {
  /** The repository the ApplicationSet names when {@code --repo} is not given. */
  static final String PLACEHOLDER_REPO = "https://git.example.com/REPLACE-WITH-YOUR-FLEET-REPO.git";

  /** The options only {@code --kubevirt} takes. */
  static final List<String> OPTIONS =
      List.of("--layout", "--namespace", "--repo", "--disk-image", "--cores", "--memory", "--home-size");

  private KubeVirtOutput() {}

  static int write(Arguments a, Fleet fleet, HostList hosts, Consumer<HostResult> listener, Cli.Io io) {
    String dir = a.option("--out").orElseThrow();
    LayoutStyle style = layout(a.option("--layout").orElse("overlays"));
    KubeVirtFleet.Builder k = KubeVirtFleet.builder(fleet).namespace(a.option("--namespace").orElse(null));
    a.option("--disk-image").ifPresent(k::diskImage);
    a.option("--cores").ifPresent(n -> k.cores(cores(n)));
    a.option("--memory").ifPresent(k::memory);
    a.option("--home-size").ifPresent(k::homeVolumeSize);
    GitOpsLayout.Builder layout = GitOpsLayout.builder()
        .repoUrl(a.option("--repo").orElse(PLACEHOLDER_REPO))
        .style(style);
    // written host after host: a fleet of any size is never held in memory
    FleetReport[] report = new FleetReport[1];
    OutputDirectory.write(dir, a.has("--force"), io,
        (out, options) -> report[0] = KubeVirtGitOps.write(k.build(), layout, hosts, listener, out, options));
    FleetReport r = report[0];
    if (a.option("--repo").isEmpty()) {
      io.err().println("tankos fleet: note: " + dir + "/applicationset.yaml names " + PLACEHOLDER_REPO
          + " (give --repo URL)");
    }
    io.out().println(r.summary());
    return r.ok() ? 0 : 1;
  }

  private static int cores(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--cores must be a whole number, not " + Shown.value(value, 40));
    }
  }

  private static LayoutStyle layout(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "overlays":
        return LayoutStyle.OVERLAYS;
      case "rendered":
        return LayoutStyle.RENDERED;
      default:
        throw new UsageException("--layout must be overlays or rendered, not " + Shown.value(value, 40));
    }
  }
}
