package io.tankos.examples.cli;

import java.util.List;

/** Every command of the {@code tankos} tool. Add new commands here, one line each. */
public final class Commands {
  private Commands() {}

  /**
   * The commands, in the order help lists them.
   *
   * @return all commands
   */
  public static List<Subcommand> all() {
    return List.of(
        // the main job
        new RenderCommand(),
        new SpecCommand(),
        new SeedCommand(),
        // quadlet
        new QuadletFmtCommand(),
        new QuadletCheckCommand(),
        // cloud-init
        new CloudInitFmtCommand(),
        new CloudInitCheckCommand(),
        // containerfile and build
        new ContainerfileFmtCommand(),
        new ContainerfileCheckCommand(),
        new BuildCommand(),
        new DiskCommand(),
        // hosts
        new BootcStatusCommand(),
        new UpgradeCommand(),
        new SwitchCommand(),
        new RollbackCommand(),
        new SecretsPushCommand(),
        new SecretsListCommand());
  }
}
