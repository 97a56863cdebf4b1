package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
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
  /** Where a command made on its own reports problems. */
  private static final Location AT = Location.of("command");

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
   * @throws io.tankos.core.validation.ValidationException at {@code command} for an empty list or
   *     a string UTF-8 cannot encode
   */
  public static CloudCommand argv(List<String> argv) {
    CloudCommand c = new CloudCommand(List.copyOf(argv), null);
    c.check();
    return c;
  }

  /**
   * A command line interpreted by {@code sh}.
   *
   * @param line the shell text
   * @return the command
   * @throws io.tankos.core.validation.ValidationException at {@code command} for a string UTF-8
   *     cannot encode
   */
  public static CloudCommand shell(String line) {
    CloudCommand c = new CloudCommand(null, Objects.requireNonNull(line, "line"));
    c.check();
    return c;
  }

  private void check() {
    Problems problems = new Problems();
    Raw.copy(toRaw(), AT, problems);
    command(toRaw(), AT, Checks.of(null, problems));
    problems.throwIfAny();
  }

  /** Checks the value of {@code runcmd}: at least one command; null items are skipped. */
  static void checkRuncmd(Object v, Location at, Checks c) {
    commands(v, at, c, true);
  }

  /** Checks the value of {@code bootcmd}: at least one command, none null. */
  static void checkBootcmd(Object v, Location at, Checks c) {
    commands(v, at, c, false);
  }

  private static void commands(Object v, Location at, Checks c, boolean nullItems) {
    if (!(v instanceof List<?> l)) {
      c.add(at, "must be a list of commands, not " + Raw.aTypeName(v));
      return;
    }
    if (l.isEmpty()) {
      c.add(at, "must have at least 1 command");
    }
    for (int i = 0; i < l.size(); i++) {
      if (l.get(i) != null || !nullItems) {
        command(l.get(i), at.index(i), c);
      }
    }
  }

  private static void command(Object v, Location at, Checks c) {
    if (v instanceof List<?> argv) {
      if (argv.isEmpty()) {
        c.add(at, "an argv list needs at least the program");
      }
      for (int j = 0; j < argv.size(); j++) {
        if (!(argv.get(j) instanceof String)) {
          c.add(at.index(j), "must be a string, not " + Raw.aTypeName(argv.get(j)) + " (quote it)");
        }
      }
    } else if (!(v instanceof String)) {
      c.add(at, "must be a shell string or an argv list, not " + Raw.aTypeName(v));
    }
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
    return argv != null ? argv : shell; // argv is immutable (List.copyOf)
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
