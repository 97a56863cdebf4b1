package io.tankos.examples.cli;

import io.tankos.bootc.host.SwitchOptions;
import java.util.List;

/**
 * {@code tankos switch [--host H] [--apply] [--transport T] [--retain] [--soft-reboot M] IMAGE}:
 * {@code bootc switch} of this machine or of a host over ssh to another image; bootc's progress goes
 * to stderr as it runs.
 */
public final class SwitchCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("switch");
  }

  @Override
  public String usage() {
    return BootcTarget.USAGE + " [--apply] [--transport T] [--retain] [--soft-reboot required|auto] IMAGE";
  }

  @Override
  public String summary() {
    return "make a host follow another image and stage it (bootc switch)";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, BootcTarget.options("--transport", "--soft-reboot"),
        BootcTarget.flags("--apply", "--retain"));
    if (a.operands().size() != 1) {
      throw new UsageException("expected one image reference");
    }
    SwitchOptions options;
    try {
      SwitchOptions.Builder b = SwitchOptions.builder()
          .apply(a.has("--apply"))
          .retain(a.has("--retain"))
          .softReboot(a.option("--soft-reboot").orElse(null));
      a.option("--transport").ifPresent(b::transport);
      options = b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    BootcTarget.bootc(a, io).switchTo(a.operands().get(0), options, line -> io.err().println(line.text()));
    return 0;
  }
}
