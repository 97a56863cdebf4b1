package io.tankos.bootc.podman;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Runs commands with another runner and keeps every command, result and exception for checks. */
final class TeeRunner implements CommandRunner {
  private final CommandRunner delegate;
  private final List<Command> commands = new CopyOnWriteArrayList<>();
  private final List<Object> outcomes = new CopyOnWriteArrayList<>();

  TeeRunner(CommandRunner delegate) {
    this.delegate = delegate;
  }

  @Override
  public CommandResult run(Command command) {
    commands.add(command);
    try {
      CommandResult result = delegate.run(command);
      outcomes.add(result);
      return result;
    } catch (CommandFailedException e) {
      outcomes.add(e);
      throw e;
    }
  }

  List<Command> commands() {
    return List.copyOf(commands);
  }

  /** Results and exceptions, in order. */
  List<Object> outcomes() {
    return List.copyOf(outcomes);
  }
}
