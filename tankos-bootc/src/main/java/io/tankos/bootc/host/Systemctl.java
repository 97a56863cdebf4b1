package io.tankos.bootc.host;

import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import io.tankos.core.exec.Operands;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Typed {@code systemctl} on a host, for the system manager or a user's manager, over any {@link
 * CommandRunner} (the local one, or an {@code SshTransport} for a remote host).
 *
 * <pre>{@code
 * CommandRunner tank = io.tankos.core.exec.SshTransport.builder().host("tank-01").user("root").build();
 * Systemctl agent = Systemctl.userOf(tank, "openclaw", 1000);
 * agent.daemonReload();
 * agent.restart("openclaw.service");
 * boolean up = agent.isActive("openclaw.service");
 * }</pre>
 *
 * <p>Three forms: {@link #system(CommandRunner)} runs {@code systemctl}; {@link
 * #user(CommandRunner)} runs {@code systemctl --user} as the runner's own user (its session must
 * provide {@code XDG_RUNTIME_DIR}, as an ssh login does); {@link #userOf(CommandRunner, String,
 * int)} reaches another user's manager from root with {@code runuser -u NAME -- env
 * XDG_RUNTIME_DIR=/run/user/UID systemctl --user …} (the manager must be running: lingering
 * enabled or the user logged in). {@code runuser} was chosen over {@code systemctl --machine
 * NAME@} because it works with systemd before 248 and needs no D-Bus broker.
 *
 * <p>Unit names are checked by {@link Operands#unitName(Location, String)} and follow {@code --}
 * (systemctl parses its options with getopt, which honours it): a name starting with {@code -}
 * never reaches argv. A non-zero exit becomes a {@link SystemctlException}, except where a method
 * says it answers with {@code false}.
 */
public final class Systemctl {
  private static final Location AT = Location.of("Systemctl");
  private static final Set<String> ACTIVE_STATES = Set.of(
      "active", "reloading", "inactive", "failed", "activating", "deactivating", "maintenance",
      "refreshing", "unknown");
  private static final Set<String> ENABLED_STATES = Set.of(
      "enabled", "enabled-runtime", "linked", "linked-runtime", "alias", "masked", "masked-runtime",
      "static", "indirect", "disabled", "generated", "transient", "bad", "not-found");

  private final CommandRunner runner;
  private final List<String> prefix;

  private Systemctl(CommandRunner runner, List<String> prefix) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.prefix = List.copyOf(prefix);
  }

  /**
   * The system manager: {@code systemctl …}.
   *
   * @param runner where to run
   * @return the wrapper
   */
  public static Systemctl system(CommandRunner runner) {
    return new Systemctl(runner, List.of("systemctl"));
  }

  /**
   * The runner user's own manager: {@code systemctl --user …}.
   *
   * @param runner where to run, as the user whose manager is meant
   * @return the wrapper
   */
  public static Systemctl user(CommandRunner runner) {
    return new Systemctl(runner, List.of("systemctl", "--user"));
  }

  /**
   * Another user's manager, reached as root: {@code runuser -u NAME -- env
   * XDG_RUNTIME_DIR=/run/user/UID systemctl --user …}.
   *
   * @param runner where to run, as root
   * @param userName the user, e.g. {@code openclaw}
   * @param uid the user's UID (its runtime directory is {@code /run/user/UID})
   * @return the wrapper
   * @throws ValidationException at {@code Systemctl.userOf.userName} or {@code .uid}
   */
  public static Systemctl userOf(CommandRunner runner, String userName, int uid) {
    Operands.userName(AT.child("userOf").child("userName"), userName);
    if (uid < 0) {
      throw new ValidationException(AT.child("userOf").child("uid"),
          "a UID must not be negative, is " + uid);
    }
    return new Systemctl(runner, List.of("runuser", "-u", userName, "--", "env",
        "XDG_RUNTIME_DIR=/run/user/" + uid, "systemctl", "--user"));
  }

  /**
   * The words before the verb, e.g. {@code [systemctl, --user]}.
   *
   * @return unmodifiable list
   */
  public List<String> prefix() {
    return prefix;
  }

  /**
   * Reloads unit files and reruns generators (Quadlet among them): {@code daemon-reload}.
   *
   * @throws SystemctlException when systemctl fails
   */
  public void daemonReload() {
    checked(run(List.of("daemon-reload")));
  }

  /**
   * Starts a unit.
   *
   * @param unit e.g. {@code openclaw.service}
   * @throws ValidationException at {@code Systemctl.start.unit} for a bad name
   * @throws SystemctlException when systemctl fails
   */
  public void start(String unit) {
    verb("start", unit);
  }

  /**
   * Stops a unit.
   *
   * @param unit e.g. {@code openclaw.service}
   * @throws ValidationException at {@code Systemctl.stop.unit} for a bad name
   * @throws SystemctlException when systemctl fails
   */
  public void stop(String unit) {
    verb("stop", unit);
  }

  /**
   * Restarts a unit (starts it when it is not running).
   *
   * @param unit e.g. {@code openclaw.service}
   * @throws ValidationException at {@code Systemctl.restart.unit} for a bad name
   * @throws SystemctlException when systemctl fails
   */
  public void restart(String unit) {
    verb("restart", unit);
  }

  /**
   * Enables a unit (the links its {@code [Install]} section names). Units Quadlet generates cannot
   * be enabled this way; Quadlet applies their {@code [Install]} itself.
   *
   * @param unit e.g. {@code openclaw-healthcheck.timer}
   * @throws ValidationException at {@code Systemctl.enable.unit} for a bad name
   * @throws SystemctlException when systemctl fails
   */
  public void enable(String unit) {
    verb("enable", unit);
  }

  /**
   * Disables a unit.
   *
   * @param unit e.g. {@code openclaw-healthcheck.timer}
   * @throws ValidationException at {@code Systemctl.disable.unit} for a bad name
   * @throws SystemctlException when systemctl fails
   */
  public void disable(String unit) {
    verb("disable", unit);
  }

  /**
   * Whether a unit is active ({@code is-active}: exit 0). A unit that is inactive, failed,
   * activating or unknown answers {@code false}.
   *
   * @param unit e.g. {@code openclaw.service}
   * @return true when active
   * @throws ValidationException at {@code Systemctl.isActive.unit} for a bad name
   * @throws SystemctlException when systemctl does not answer with a state (no manager, no bus)
   */
  public boolean isActive(String unit) {
    return answer("is-active", unit, ACTIVE_STATES);
  }

  /**
   * Whether a unit is enabled as {@code is-enabled} judges it (exit 0: {@code enabled},
   * {@code enabled-runtime}, {@code static}, {@code alias}, {@code indirect}, {@code generated},
   * {@code transient}); {@code disabled}, {@code masked}, {@code linked} and {@code not-found}
   * answer {@code false}.
   *
   * @param unit e.g. {@code openclaw-healthcheck.timer}
   * @return true when enabled
   * @throws ValidationException at {@code Systemctl.isEnabled.unit} for a bad name
   * @throws SystemctlException when systemctl does not answer with a state
   */
  public boolean isEnabled(String unit) {
    return answer("is-enabled", unit, ENABLED_STATES);
  }

  private void verb(String verb, String unit) {
    checked(run(List.of(verb, "--", name(verb, unit))));
  }

  private boolean answer(String verb, String unit, Set<String> states) {
    String method = verb.equals("is-active") ? "isActive" : "isEnabled";
    CommandResult r = run(List.of(verb, "--", name(method, unit)));
    if (r.exitCode() == 0) {
      return true;
    }
    List<String> lines = r.stdoutLines();
    if (lines.size() == 1 && states.contains(lines.get(0).strip())) {
      return false;
    }
    throw new SystemctlException("exited with code " + r.exitCode() + " without a unit state", r);
  }

  private static String name(String method, String unit) {
    return Operands.unitName(AT.child(method).child("unit"), unit);
  }

  private CommandResult run(List<String> args) {
    List<String> argv = new ArrayList<>(prefix);
    argv.addAll(args);
    return runner.run(Command.builder(argv).build());
  }

  private static void checked(CommandResult r) {
    if (r.exitCode() != 0) {
      throw new SystemctlException("exited with code " + r.exitCode(), r);
    }
  }
}
