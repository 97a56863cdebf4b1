package io.tankos.examples.cli;

import java.util.List;

/**
 * {@code tankos rollback [--host H] [--apply]}: {@code bootc rollback} of this machine or of a host
 * over ssh; bootc's output goes to stderr.
 */
public final class RollbackCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("rollback");
  }

  @Override
  public String usage() {
    return BootcTarget.USAGE + " [--apply]";
  }

  @Override
  public String summary() {
    return "boot the previous deployment next (bootc rollback)";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, BootcTarget.options(), BootcTarget.flags("--apply"));
    if (!a.operands().isEmpty()) {
      throw new UsageException("unexpected argument " + a.operands().get(0));
    }
    BootcTarget.bootc(a, io).rollback(a.has("--apply")).forEach(io.err()::println);
    return 0;
  }
}
