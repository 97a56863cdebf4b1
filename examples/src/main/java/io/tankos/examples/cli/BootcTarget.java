package io.tankos.examples.cli;

import io.tankos.bootc.host.Bootc;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The host a bootc command acts on, from the options every such command takes: {@code --host H}
 * (over ssh, {@code --user U} as the remote login), {@code --sudo} (run bootc through {@code sudo
 * -n}), {@code --bootc PATH} (the program; on a remote host a program name or path there).
 */
final class BootcTarget {
  /** The options that take a value. */
  static final Set<String> OPTIONS = Set.of("--host", "--user", "--bootc");

  /** The options without a value. */
  static final Set<String> FLAGS = Set.of("--sudo");

  /** The usage text of these options. */
  static final String USAGE = "[--host H] [--user U] [--sudo] [--bootc PATH]";

  private BootcTarget() {}

  /**
   * The bootc of the host the arguments name.
   *
   * @param a the parsed arguments
   * @param io the working directory (for a local {@code --bootc})
   * @return bootc on that host
   * @throws UsageException for {@code --user} without {@code --host}
   */
  static Bootc bootc(Arguments a, Cli.Io io) {
    boolean remote = HostRunner.remote(a);
    Bootc.Builder b = Bootc.builder().runner(HostRunner.of(a)).executable(remote
        ? a.option("--bootc").orElse("bootc") // a program on the remote host
        : Executables.option(a, "--bootc", "bootc", io));
    if (a.has("--sudo")) {
      b.via("sudo", "-n");
    }
    return b.build();
  }

  /**
   * This class's value options plus a command's own.
   *
   * @param own the command's own options that take a value
   * @return both
   */
  static Set<String> options(String... own) {
    return union(OPTIONS, own);
  }

  /**
   * This class's flags plus a command's own.
   *
   * @param own the command's own flags
   * @return both
   */
  static Set<String> flags(String... own) {
    return union(FLAGS, own);
  }

  private static Set<String> union(Set<String> common, String... own) {
    Set<String> all = new TreeSet<>(common);
    all.addAll(List.of(own));
    return all;
  }
}
