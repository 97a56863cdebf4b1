package io.tankos.bootc.containerfile;

import java.util.List;
import java.util.Objects;

/**
 * What RUN, CMD, ENTRYPOINT and HEALTHCHECK run: the exec form (an argv, written as a JSON array and
 * never expanded by the builder) or the shell form (one string handed to the stage's SHELL).
 *
 * <pre>{@code
 * CommandForm.exec("/usr/bin/podman", "run", "--rm", "x");
 * CommandForm.shell("dnf -y install tmux && dnf clean all");
 * }</pre>
 *
 * @param argv the exec-form argv, or null for the shell form
 * @param script the shell-form command, or null for the exec form
 */
public record CommandForm(List<String> argv, String script) {

  /**
   * Checks that exactly one form is given.
   *
   * @param argv exec argv or null
   * @param script shell command or null
   */
  public CommandForm {
    if ((argv == null) == (script == null)) {
      throw new IllegalArgumentException("a command is either exec form (argv) or shell form (script)");
    }
    argv = argv == null ? null : List.copyOf(argv);
  }

  /**
   * The exec form.
   *
   * @param argv program and arguments
   * @return the command
   */
  public static CommandForm exec(List<String> argv) {
    return new CommandForm(Objects.requireNonNull(argv, "argv"), null);
  }

  /**
   * The exec form.
   *
   * @param argv program and arguments
   * @return the command
   */
  public static CommandForm exec(String... argv) {
    return exec(List.of(argv));
  }

  /**
   * The shell form.
   *
   * @param script the command line for the stage's shell
   * @return the command
   */
  public static CommandForm shell(String script) {
    return new CommandForm(null, Objects.requireNonNull(script, "script"));
  }

  /**
   * Whether this is the exec form.
   *
   * @return true for the exec form
   */
  public boolean isExec() {
    return argv != null;
  }
}
