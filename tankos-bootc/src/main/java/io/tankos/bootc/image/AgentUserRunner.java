package io.tankos.bootc.image;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A runner that runs every command as the agent user through another runner: the {@link
 * AgentAccess} prefix goes before the argv; standard input, timeouts and redactions are kept, so a
 * secret still travels on standard input only.
 */
final class AgentUserRunner implements CommandRunner {
  private final CommandRunner runner;
  private final List<String> prefix;

  private AgentUserRunner(CommandRunner runner, List<String> prefix) {
    this.runner = runner;
    this.prefix = List.copyOf(prefix);
  }

  /**
   * The runner reaching the agent user.
   *
   * @param runner the login's runner
   * @param access how the login reaches the agent user
   * @param user the agent user
   * @return {@code runner} itself for {@link AgentAccess#DIRECT}, otherwise a prefixing runner
   */
  static CommandRunner of(CommandRunner runner, AgentAccess access, AgentUser user) {
    Objects.requireNonNull(runner, "runner");
    String xdg = "XDG_RUNTIME_DIR=/run/user/" + user.uid();
    return switch (access) {
      case DIRECT -> runner;
      case RUNUSER -> new AgentUserRunner(runner, List.of("runuser", "-u", user.name(), "--", "env", xdg));
      case SUDO -> new AgentUserRunner(runner, List.of("sudo", "-n", "-H", "-u", user.name(), "--", "env", xdg));
    };
  }

  @Override
  public CommandResult run(Command command) {
    List<String> argv = new ArrayList<>(prefix);
    argv.addAll(command.argv());
    return runner.run(command.toBuilder().argv(argv).build());
  }

  @Override
  public String toString() {
    return "AgentUserRunner[" + String.join(" ", prefix) + " via " + runner + "]";
  }
}
