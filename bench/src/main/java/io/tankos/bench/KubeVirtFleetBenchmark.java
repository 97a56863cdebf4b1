package io.tankos.bench;

import io.tankos.bootc.fleet.Fleet;
import io.tankos.bootc.fleet.HostList;
import io.tankos.bootc.fleet.KubeVirtFleet;
import io.tankos.bootc.fleet.KubeVirtGitOps;
import io.tankos.bootc.gitops.GitOpsLayout;
import io.tankos.bootc.gitops.LayoutStyle;
import io.tankos.bootc.image.TankOsImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fleet of KubeVirt VMs and their cloud-init Secrets as a GitOps tree in memory ({@link
 * KubeVirtGitOps}): every host's VM, Secret and kustomization rendered to YAML, in either layout,
 * from the same generated CSV host list as {@link FleetBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class KubeVirtFleetBenchmark {
  @Param({"1000"})
  int hosts;

  @Param({"RENDERED", "OVERLAYS"})
  LayoutStyle style;

  KubeVirtFleet fleet;

  @Setup
  public void setUp() {
    fleet = KubeVirtFleet.builder(Fleet.builder(TankOsImage.tankOs()).build()).homeVolumeSize("20Gi").build();
  }

  @Benchmark
  public KubeVirtGitOps.Result render() {
    try (HostList list = HostList.readCsv("hosts.csv", new FleetBenchmark.GeneratedCsv(hosts))) {
      KubeVirtGitOps.Result r = KubeVirtGitOps.render(fleet,
          GitOpsLayout.builder().repoUrl("https://git.example.com/fleet.git").style(style), list, h -> { });
      if (!r.report().ok() || r.report().written() != hosts) {
        throw new IllegalStateException(r.report().summary());
      }
      return r;
    }
  }
}
