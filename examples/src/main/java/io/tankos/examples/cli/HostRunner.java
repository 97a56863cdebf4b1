package io.tankos.examples.cli;

import io.tankos.core.exec.CommandRunner;
import io.tankos.core.exec.SshTransport;

/**
 * The machine a host command acts on: {@code --host H} (over ssh, {@code --user U} as the remote
 * login) or, without {@code --host}, this machine.
 */
final class HostRunner {
  private HostRunner() {}

  /**
   * Whether the arguments name a remote host.
   *
   * @param a the parsed arguments
   * @return true with {@code --host}
   */
  static boolean remote(Arguments a) {
    return a.option("--host").isPresent();
  }

  /**
   * The runner for the machine the arguments name.
   *
   * @param a the parsed arguments
   * @return ssh to {@code --host}, or the local runner
   * @throws UsageException for {@code --user} without {@code --host}
   */
  static CommandRunner of(Arguments a) {
    if (!remote(a)) {
      if (a.option("--user").isPresent()) {
        throw new UsageException("--user needs --host");
      }
      return CommandRunner.local();
    }
    SshTransport.Builder ssh = SshTransport.builder().host(a.option("--host").get());
    a.option("--user").ifPresent(ssh::user);
    return ssh.build();
  }
}
