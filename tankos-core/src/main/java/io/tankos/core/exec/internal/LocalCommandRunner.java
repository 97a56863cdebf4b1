package io.tankos.core.exec.internal;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;

/** The local runner (implementation in progress). */
public final class LocalCommandRunner implements CommandRunner {
  /** The shared instance (stateless). */
  public static final LocalCommandRunner INSTANCE = new LocalCommandRunner();

  private LocalCommandRunner() {}

  @Override
  public CommandResult run(Command command) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
