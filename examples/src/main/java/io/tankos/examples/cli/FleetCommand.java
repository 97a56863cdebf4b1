package io.tankos.examples.cli;

import io.tankos.bootc.fleet.Fleet;
import io.tankos.bootc.fleet.FleetReport;
import io.tankos.bootc.fleet.FleetWriter;
import io.tankos.bootc.fleet.HostList;
import io.tankos.bootc.fleet.HostResult;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.core.fs.FileErrors;
import io.tankos.core.fs.TargetRefusedException;
import io.tankos.core.fs.WriteOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos fleet --hosts FILE --out DIR [--spec FILE] [--iso] [--force]}: writes the NoCloud
 * seed of every host in a CSV, YAML or JSON host list for the default Tank-OS image, or the image a
 * spec file describes ({@code --spec}, read as {@code tankos render --spec} reads it), into
 * {@code DIR/HOSTNAME/}
 * ({@link FleetWriter}): unchanged hosts are left alone, hosts no longer listed removed. Each host
 * with problems is printed as {@code FILE:LINE: message}; the run ends with {@code N written, M
 * unchanged, K removed, F failed} and exits with 1 when any host failed. On a terminal, a progress
 * line on standard error is rewritten in place.
 *
 * <p>With {@code --kubevirt [--layout overlays|rendered] [--namespace NS] [--repo URL] [--disk-image
 * REF]}, writes the fleet's KubeVirt VMs, their cloud-init Secrets, the Argo CD ApplicationSet and
 * the containerDisk Containerfile as a GitOps tree into DIR instead ({@link KubeVirtOutput}).
 */
public final class FleetCommand implements Subcommand {
  /** Hosts between progress updates on a terminal. */
  private static final int PROGRESS_EVERY = 250;

  @Override
  public List<String> path() {
    return List.of("fleet");
  }

  @Override
  public String usage() {
    return "--hosts FILE --out DIR [--spec FILE] [--iso] [--force]"
        + " | --hosts FILE --kubevirt --out DIR [--layout overlays|rendered] [--namespace NS] [--repo URL]"
        + " [--disk-image REF] [--cores N] [--memory SIZE] [--home-size SIZE] [--spec FILE] [--force]";
  }

  @Override
  public String summary() {
    return "write the NoCloud seed of every host in a CSV, YAML or JSON host list into DIR/HOSTNAME/,"
        + " or with --kubevirt its VMs, Secrets and Argo CD ApplicationSet";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, Set.of("--hosts", "--out", "--spec", "--layout", "--namespace", "--repo", "--disk-image",
            "--cores", "--memory", "--home-size"),
        Set.of("--iso", "--force", "--kubevirt"));
    if (!a.operands().isEmpty()) {
      throw new UsageException("unexpected argument " + a.operands().get(0));
    }
    String hostsFile = a.option("--hosts").orElseThrow(() -> new UsageException("--hosts FILE is required"));
    String dir = a.option("--out").orElseThrow(() -> new UsageException("--out DIR is required"));
    if (dir.isEmpty()) {
      throw new UsageException("--out DIR must not be empty");
    }
    String name = hostsFile.toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
      throw new UsageException("--hosts FILE must be a .csv, .yaml, .yml or .json file");
    }
    if (!a.has("--kubevirt")) {
      for (String kubevirtOnly : KubeVirtOutput.OPTIONS) {
        if (a.option(kubevirtOnly).isPresent()) {
          throw new UsageException(kubevirtOnly + " needs --kubevirt");
        }
      }
    } else if (a.has("--iso")) {
      throw new UsageException("--iso does not go with --kubevirt");
    }
    TankOsImage image = a.option("--spec").map(f -> SpecCommand.read(io, f)).orElseGet(TankOsImage::tankOs);
    Progress progress = new Progress(io, console(io));
    if (a.has("--kubevirt")) {
      try (HostList hosts = open(hostsFile, io)) {
        return KubeVirtOutput.write(a, Fleet.builder(image).build(), hosts, progress, io);
      } finally {
        progress.end();
      }
    }
    FleetWriter writer = FleetWriter.builder(io.resolve(dir))
        .iso(a.has("--iso"))
        .options(WriteOptions.builder().replaceForeignDirectory(a.has("--force"))
            .protectedDirectory(io.workingDirectory().toAbsolutePath()).build())
        .listener(progress)
        .build();
    FleetReport report;
    try (HostList hosts = open(hostsFile, io)) {
      report = writer.write(Fleet.builder(image).build(), hosts);
    } catch (TargetRefusedException e) {
      // the seed writer adds host directories next to what is there: --force never replaces
      String hint = e.reason().forcible() ? " (--force writes the host directories next to its content)" : "";
      throw new FileException(dir, "refusing to write into: " + e.detail() + hint);
    } catch (UncheckedIOException e) {
      throw new FileException(dir, FileErrors.reason(e.getCause()));
    } finally {
      progress.end();
    }
    io.out().println(report.summary());
    return report.ok() ? 0 : 1;
  }

  static HostList open(String file, Cli.Io io) {
    Path p = SourceFiles.checkRegular(io, file);
    try {
      return HostList.read(file, p);
    } catch (UncheckedIOException e) {
      throw new FileException(file, FileErrors.reason(e.getCause()));
    }
  }

  /** Whether standard error is the process's and a terminal. */
  static boolean console(Cli.Io io) {
    return io.err() == System.err && System.console() != null;
  }

  /** Problems as they come; on a terminal also a progress line rewritten with {@code \r}. */
  static final class Progress implements java.util.function.Consumer<HostResult> {
    private final Cli.Io io;
    private final boolean terminal;
    private final int[] counts = new int[HostResult.Status.values().length];
    private int seen;
    private boolean drawn;

    Progress(Cli.Io io, boolean terminal) {
      this.io = io;
      this.terminal = terminal;
    }

    @Override
    public void accept(HostResult r) {
      counts[r.status().ordinal()]++;
      seen++;
      if (!r.problems().isEmpty()) {
        clear();
        r.problems().forEach(io.err()::println);
      }
      if (terminal && seen % PROGRESS_EVERY == 0) {
        io.err().print("\r" + seen + " hosts: " + counts[0] + " written, " + counts[1] + " unchanged, "
            + counts[2] + " removed, " + counts[3] + " failed");
        io.err().flush();
        drawn = true;
      }
    }

    void end() {
      clear();
    }

    private void clear() {
      if (drawn) {
        io.err().print("\r\033[K");
        drawn = false;
      }
    }
  }
}
