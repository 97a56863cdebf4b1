package io.tankos.examples.cli;

import io.tankos.bootc.host.Bootc;
import io.tankos.bootc.host.UpgradeCheck;
import io.tankos.bootc.host.UpgradeOptions;
import java.util.List;

/**
 * {@code tankos upgrade [--host H] [--check] [--apply] [--download-only] [--from-downloaded]
 * [--soft-reboot M]}: {@code bootc upgrade} of this machine or of a host over ssh; bootc's progress
 * goes to stderr as it runs, and {@code --check} only reports whether an update exists.
 */
public final class UpgradeCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("upgrade");
  }

  @Override
  public String usage() {
    return BootcTarget.USAGE + " [--check] [--apply] [--download-only] [--from-downloaded] [--soft-reboot required|auto]";
  }

  @Override
  public String summary() {
    return "fetch and stage the newest image of the booted image's reference (bootc upgrade)";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, BootcTarget.options("--soft-reboot"),
        BootcTarget.flags("--check", "--apply", "--download-only", "--from-downloaded"));
    if (!a.operands().isEmpty()) {
      throw new UsageException("unexpected argument " + a.operands().get(0));
    }
    boolean check = a.has("--check");
    if (check && (a.has("--apply") || a.has("--download-only") || a.has("--from-downloaded")
        || a.option("--soft-reboot").isPresent())) {
      throw new UsageException("--check takes no other upgrade option");
    }
    UpgradeOptions options;
    try {
      options = UpgradeOptions.builder()
          .apply(a.has("--apply"))
          .downloadOnly(a.has("--download-only"))
          .fromDownloaded(a.has("--from-downloaded"))
          .softReboot(a.option("--soft-reboot").orElse(null))
          .build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(e.getMessage()); // e.g. --apply with --download-only
    }
    Bootc bootc = BootcTarget.bootc(a, io);
    if (check) {
      UpgradeCheck result = bootc.upgradeCheck();
      if (result.updateAvailable()) {
        io.out().println("update available: " + result.image()
            + result.updateVersion().map(v -> " version " + v).orElse("")
            + result.updateDigest().map(d -> " " + d).orElse(""));
      } else {
        io.out().println("no update" + (result.image() == null ? "" : " for " + result.image()));
      }
      return 0;
    }
    bootc.upgrade(options, line -> io.err().println(line.text()));
    return 0;
  }
}
