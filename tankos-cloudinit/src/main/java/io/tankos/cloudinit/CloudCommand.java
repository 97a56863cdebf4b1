package io.tankos.cloudinit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One {@code runcmd} or {@code bootcmd} entry: an argv list, executed without a shell (as by
 * execve), or a string that {@code sh} interprets.
 *
 * <pre>{@code
 * CloudCommand.argv("loginctl", "enable-linger", "openclaw");  // - [loginctl, enable-linger, openclaw]
 * CloudCommand.shell("echo ready > /run/ready");               // - echo ready > /run/ready
 * }</pre>
 */
public final class CloudCommand {
  private final List<String> argv;
  private final String shell;

  private CloudCommand(List<String> argv, String shell) {
    this.argv = argv;
    this.shell = shell;
  }

  /**
   * A command run without a shell.
   *
   * @param argv program and arguments; at least one
   * @return the command
   */
  public static CloudCommand argv(String... argv) {
    return argv(List.of(argv));
  }

  /**
   * A command run without a shell.
   *
   * @param argv program and arguments; at least one, no null
   * @return the command
   */
  public static CloudCommand argv(List<String> argv) {
    List<String> copy = List.copyOf(argv);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("an argv command needs at least the program");
    }
    return new CloudCommand(copy, null);
  }

  /**
   * A command line interpreted by {@code sh}.
   *
   * @param line the shell text
   * @return the command
   */
  public static CloudCommand shell(String line) {
    return new CloudCommand(null, Objects.requireNonNull(line, "line"));
  }

  /**
   * Whether this is an argv command.
   *
   * @return true for {@link #argv(String...)}
   */
  public boolean isArgv() {
    return argv != null;
  }

  /**
   * The argv list; empty for a shell command.
   *
   * @return unmodifiable list
   */
  public List<String> argvList() {
    return argv == null ? List.of() : argv;
  }

  /**
   * The shell text; empty for an argv command.
   *
   * @return the text
   */
  public String shellText() {
    return shell == null ? "" : shell;
  }

  Object toRaw() {
    return argv != null ? Collections.unmodifiableList(new ArrayList<>(argv)) : shell;
  }

  static CloudCommand fromRaw(Object raw) {
    if (raw instanceof List<?> l) {
      List<String> out = new ArrayList<>();
      for (Object o : l) {
        out.add(String.valueOf(o));
      }
      return new CloudCommand(List.copyOf(out), null);
    }
    return new CloudCommand(null, String.valueOf(raw));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CloudCommand c && Objects.equals(c.argv, argv) && Objects.equals(c.shell, shell);
  }

  @Override
  public int hashCode() {
    return Objects.hash(argv, shell);
  }

  @Override
  public String toString() {
    return argv != null ? "argv" + argv : "sh: " + shell;
  }
}
