package io.tankos.examples.cli;

import io.tankos.bootc.host.BootEntry;
import io.tankos.bootc.host.BootcHost;
import io.tankos.bootc.host.ImageReference;
import io.tankos.bootc.host.ImageStatus;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code tankos bootc status [--host H] [--user U] [--json]}: the typed {@code bootc status} of this
 * machine or of a host over SSH, as a summary or as the host-v1 JSON document.
 */
public final class BootcStatusCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("bootc", "status");
  }

  @Override
  public String usage() {
    return BootcTarget.USAGE + " [--json]";
  }

  @Override
  public String summary() {
    return "show bootc's booted, staged and rollback images (locally or over ssh)";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, BootcTarget.options(), BootcTarget.flags("--json"));
    if (!a.operands().isEmpty()) {
      throw new UsageException("unexpected argument " + a.operands().get(0));
    }
    BootcHost host = BootcTarget.bootc(a, io).status();
    if (a.has("--json")) {
      io.out().println(host.toJson());
    } else {
      print(host, io.out());
    }
    return 0;
  }

  /**
   * Prints a human-readable summary of a host.
   *
   * @param host the host
   * @param out where to print
   */
  static void print(BootcHost host, PrintStream out) {
    if (!host.isBootcHost()) {
      out.println("System not booted via bootc.");
      return;
    }
    host.specImage().ifPresent(i -> out.println("Following: " + reference(i)));
    entry(out, "Booted", host.booted());
    entry(out, "Staged", host.staged());
    entry(out, "Rollback", host.rollback());
    for (BootEntry e : host.otherDeployments()) {
      entry(out, "Pinned", Optional.of(e));
    }
    if (host.rollbackQueued()) {
      out.println("Rollback queued for the next boot.");
    }
    host.usrOverlay().ifPresent(o -> out.println("/usr overlay: " + o.accessMode() + ", " + o.persistence()));
  }

  private static void entry(PrintStream out, String label, Optional<BootEntry> entry) {
    if (entry.isEmpty()) {
      return;
    }
    BootEntry e = entry.get();
    out.printf("%-9s %s%s%n", label + ":", e.image().map(BootcStatusCommand::image).orElse("(no image)"), e.pinned() ? " [pinned]" : "");
    if (e.updateAvailable()) {
      out.println("          update available: " + image(e.cachedUpdate().orElseThrow()));
    }
  }

  private static String image(ImageStatus s) {
    return reference(s.image())
        + " "
        + s.imageDigest()
        + s.versionLabel().map(v -> " version " + v).orElse("")
        + s.buildTime().map(t -> " built " + t).orElse("")
        + " (" + s.architecture() + ")";
  }

  private static String reference(ImageReference r) {
    return r.transport().equals("registry") ? r.image() : r.transport() + ":" + r.image();
  }
}
