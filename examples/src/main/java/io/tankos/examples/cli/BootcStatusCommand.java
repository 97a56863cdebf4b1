package io.tankos.examples.cli;

import io.tankos.bootc.host.BootEntry;
import io.tankos.bootc.host.Bootc;
import io.tankos.bootc.host.BootcHost;
import io.tankos.bootc.host.ImageReference;
import io.tankos.bootc.host.ImageStatus;
import io.tankos.core.exec.SshTransport;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    return "[--host H] [--user U] [--sudo] [--json] [--bootc PATH]";
  }

  @Override
  public String summary() {
    return "show bootc's booted, staged and rollback images (locally or over ssh)";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, Set.of("--host", "--user", "--bootc"), Set.of("--json", "--sudo"));
    if (!a.operands().isEmpty()) {
      throw new UsageException("unexpected argument " + a.operands().get(0));
    }
    Bootc.Builder b = Bootc.builder().executable(a.option("--host").isPresent()
        ? a.option("--bootc").orElse("bootc") // a program on the remote host
        : Executables.option(a, "--bootc", "bootc", io));
    if (a.option("--host").isPresent()) {
      SshTransport.Builder ssh = SshTransport.builder().host(a.option("--host").get());
      a.option("--user").ifPresent(ssh::user);
      b.runner(ssh.build());
    } else if (a.option("--user").isPresent()) {
      throw new UsageException("--user needs --host");
    }
    if (a.has("--sudo")) {
      b.via("sudo", "-n");
    }
    BootcHost host = b.build().status();
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
