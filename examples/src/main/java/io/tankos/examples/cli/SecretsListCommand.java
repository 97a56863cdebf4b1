package io.tankos.examples.cli;

import io.tankos.bootc.image.SecretInventory;
import io.tankos.bootc.image.TankOsImage;
import java.util.List;
import java.util.Set;

/**
 * {@code tankos secrets list [--host H] [--user U] [--access A] --instance NAME}: which secrets the
 * instance declares and which exist in the agent user's Podman store, one {@code present NAME} or
 * {@code missing NAME} line each. Names only, never values.
 */
public final class SecretsListCommand implements Subcommand {

  @Override
  public List<String> path() {
    return List.of("secrets", "list");
  }

  @Override
  public String usage() {
    return SecretsTarget.USAGE;
  }

  @Override
  public String summary() {
    return "show which of an instance's declared secrets exist on a machine (names only)";
  }

  @Override
  public int run(List<String> args, Cli.Io io) {
    Arguments a = Arguments.parse(args, SecretsTarget.options(), Set.of());
    if (!a.operands().isEmpty()) {
      throw new UsageException("unexpected argument " + a.operands().get(0));
    }
    TankOsImage image = SecretsTarget.image(a, io);
    SecretInventory inventory = SecretsTarget.provisioner(a, image, io).list(image, SecretsTarget.instance(a));
    for (String name : inventory.declared()) {
      io.out().println((inventory.present().contains(name) ? "present " : "missing ") + name);
    }
    return 0;
  }
}
