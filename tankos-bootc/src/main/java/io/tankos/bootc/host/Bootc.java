package io.tankos.bootc.host;

import io.tankos.bootc.podman.Podman;
import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.CommandRunner;
import io.tankos.core.exec.Operands;
import io.tankos.core.exec.OutputLine;
import io.tankos.core.validation.Location;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Typed control of {@code bootc} on a host: {@code status} as a {@link BootcHost}, {@code switch},
 * {@code upgrade} (and {@code --check}), {@code rollback}, {@code usr-overlay}, {@code container
 * lint} and {@code install to-disk}. Failures become {@link BootcException}s classified by bootc's
 * {@code error:} line. Give it an {@code SshTransport} runner to control a remote host.
 *
 * <pre>{@code
 * Bootc bootc = Bootc.builder()
 *     .runner(io.tankos.core.exec.SshTransport.builder().host("tank-01").user("root").build())
 *     .build();
 * BootcHost host = bootc.status();
 * if (bootc.upgradeCheck().updateAvailable()) {
 *   bootc.upgrade(UpgradeOptions.builder().apply(true).build(), line -> System.out.println(line.text()));
 * }
 * }</pre>
 *
 * <p>Arguments: operands follow {@code --} (bootc parses with clap, which honours it), and the
 * switch target, install device, lint root and every option value are checked by {@link Operands}
 * first: a value starting with {@code -} is refused with a {@link
 * io.tankos.core.validation.ValidationException} at {@code Bootc.METHOD.PARAMETER} (or at the
 * options' builder), never passed on.
 *
 * <p>bootc's {@code --progress-fd} needs a file descriptor above 2, which a forked process does not
 * get here; progress arrives as bootc's text lines on the callback.
 */
public final class Bootc {
  private static final Location AT = Location.of("Bootc");

  private final CommandRunner runner;
  private final List<String> prefix;
  private final Duration timeout;

  private Bootc(Builder b) {
    this.runner = b.runner;
    List<String> p = new ArrayList<>(b.wrapper);
    p.add(b.executable);
    this.prefix = List.copyOf(p);
    this.timeout = b.timeout;
  }

  /**
   * {@code bootc} from the {@code PATH}, run locally.
   *
   * @return the wrapper
   */
  public static Bootc local() {
    return builder().build();
  }

  /**
   * A builder: local runner, executable {@code bootc}, no timeout.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private Command.Builder command(List<String> args, Consumer<OutputLine> progress) {
    List<String> argv = new ArrayList<>(prefix);
    argv.addAll(args);
    Command.Builder b = Command.builder(argv).outputListener(progress);
    if (timeout != null) {
      b.timeout(timeout);
    }
    return b;
  }

  private CommandResult run(List<String> args, Consumer<OutputLine> progress) {
    CommandResult r = runner.run(command(args, progress).build());
    if (r.exitCode() != 0) {
      throw BootcException.of(r);
    }
    return r;
  }

  /**
   * The host's status ({@code bootc status --format=json --format-version=1}). A host not booted
   * via bootc still answers, with {@link BootcHost#isBootcHost()} false.
   *
   * @return the host document
   * @throws BootcException when bootc fails
   */
  public BootcHost status() {
    CommandResult r;
    try {
      r = run(List.of("status", "--format=json", "--format-version=1"), line -> {});
    } catch (BootcException e) {
      // bootc before 0.1.15 has no --format-version (its JSON is the same v1 shape)
      if (!e.bootcMessage().contains("--format-version")) {
        throw e;
      }
      r = run(List.of("status", "--format=json"), line -> {});
    }
    return BootcHost.parseJson("bootc status", r.stdout());
  }

  /**
   * Checks the registry for an update without staging it ({@code bootc upgrade --check}).
   *
   * @return the check's answer
   * @throws BootcException when bootc fails
   */
  public UpgradeCheck upgradeCheck() {
    return UpgradeCheck.parse(run(List.of("upgrade", "--check"), line -> {}).stdoutLines());
  }

  /**
   * Fetches and stages an update ({@code bootc upgrade}).
   *
   * @param options apply, download-only, soft reboot, tag, …
   * @param progress receives bootc's output lines
   * @return bootc's stdout lines
   * @throws BootcException e.g. {@link BootcError#NO_STAGED_DEPLOYMENT}, {@link
   *     BootcError#NOT_BOOTED_VIA_BOOTC}
   */
  public List<String> upgrade(UpgradeOptions options, Consumer<OutputLine> progress) {
    List<String> a = new ArrayList<>(List.of("upgrade"));
    a.addAll(options.args());
    return run(a, progress).stdoutLines();
  }

  /**
   * Switches the host to another image ({@code bootc switch}).
   *
   * @param target the image reference, e.g. {@code registry.example/tank-os:stable}
   * @param options transport, apply, retain, …
   * @param progress receives bootc's output lines
   * @return bootc's stdout lines
   * @throws io.tankos.core.validation.ValidationException at {@code Bootc.switchTo.target} for a
   *     target that is empty, starts with {@code -}, or has whitespace or control characters
   * @throws BootcException when bootc fails
   */
  public List<String> switchTo(String target, SwitchOptions options, Consumer<OutputLine> progress) {
    Operands.imageReference(AT.child("switchTo").child("target"), target);
    List<String> a = new ArrayList<>(List.of("switch"));
    a.addAll(options.args());
    a.add("--");
    a.add(target);
    return run(a, progress).stdoutLines();
  }

  /**
   * Queues the rollback deployment for the next boot ({@code bootc rollback}).
   *
   * @param apply reboot right away ({@code --apply})
   * @return bootc's stdout lines
   * @throws BootcException {@link BootcError#NO_ROLLBACK_AVAILABLE} when there is none
   */
  public List<String> rollback(boolean apply) {
    return run(apply ? List.of("rollback", "--apply") : List.of("rollback"), line -> {}).stdoutLines();
  }

  /**
   * Mounts a transient writable overlay on {@code /usr} ({@code bootc usr-overlay}).
   *
   * @param readOnly mount it read-only instead ({@code --read-only})
   * @throws BootcException {@link BootcError#NOT_BOOTED_VIA_BOOTC} off a booted host
   */
  public void usrOverlay(boolean readOnly) {
    run(readOnly ? List.of("usr-overlay", "--read-only") : List.of("usr-overlay"), line -> {});
  }

  /**
   * Lints a root filesystem as a bootc image ({@code bootc container lint}); a failing lint is a
   * result, not an exception.
   *
   * @param rootfs the root to lint, or null for {@code /} (inside a container build)
   * @param fatalWarnings treat warnings as errors
   * @param skip lint names to skip
   * @return the result
   */
  public LintResult containerLint(Path rootfs, boolean fatalWarnings, List<String> skip) {
    List<String> a = new ArrayList<>(List.of("container", "lint"));
    if (rootfs != null) {
      a.add("--rootfs");
      a.add(Operands.path(AT.child("containerLint").child("rootfs"), rootfs.toString()));
    }
    if (fatalWarnings) {
      a.add("--fatal-warnings");
    }
    for (int i = 0; i < skip.size(); i++) {
      a.add("--skip");
      a.add(Operands.optionValue(AT.child("containerLint").child("skip").index(i), skip.get(i)));
    }
    a.add("--no-truncate");
    List<String> output = new ArrayList<>();
    CommandResult r =
        runner.run(command(a, line -> {
          synchronized (output) {
            output.add(line.text());
          }
        }).build());
    synchronized (output) {
      return new LintResult(r.exitCode() == 0, r.exitCode(), output);
    }
  }

  /**
   * Installs the running image onto a disk ({@code bootc install to-disk}); bootc itself must run
   * from the image (see {@link #installToDiskCommand(Podman, String, InstallToDisk, List)}).
   *
   * @param install the request
   * @param progress receives bootc's output lines
   * @throws BootcException when bootc fails
   */
  public void installToDisk(InstallToDisk install, Consumer<OutputLine> progress) {
    List<String> a = new ArrayList<>(List.of("install", "to-disk"));
    a.addAll(install.args());
    run(a, progress);
  }

  /**
   * The documented way to run {@code bootc install to-disk} from an image with podman: {@code
   * podman run --rm --privileged --pid=host --ipc=host -v /var/lib/containers:/var/lib/containers
   * -v /dev:/dev --security-opt label=type:unconfined_t [RUN-ARGS] -- IMAGE bootc install to-disk …}.
   *
   * @param podman the podman to run it with
   * @param image the bootc image
   * @param install the request
   * @param runArgs extra {@code podman run} arguments, e.g. {@code -v ./output:/output}
   * @return the command, to run with {@code podman.runner()}
   */
  public static Command installToDiskCommand(
      Podman podman, String image, InstallToDisk install, List<String> runArgs) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "run", "--rm", "--privileged", "--pid=host", "--ipc=host",
                "-v", "/var/lib/containers:/var/lib/containers", "-v", "/dev:/dev",
                "--security-opt", "label=type:unconfined_t"));
    a.addAll(runArgs);
    a.add("--");
    a.add(Operands.imageReference(AT.child("installToDiskCommand").child("image"), image));
    a.addAll(List.of("bootc", "install", "to-disk"));
    a.addAll(install.args());
    return podman.command(a).build();
  }

  @Override
  public String toString() {
    return "Bootc[" + String.join(" ", prefix) + " via " + runner + "]";
  }

  /** Builds a {@link Bootc}; mutable, not thread-safe. */
  public static final class Builder {
    private CommandRunner runner = CommandRunner.local();
    private String executable = "bootc";
    private final List<String> wrapper = new ArrayList<>();
    private Duration timeout;

    private Builder() {}

    /**
     * Sets the runner: local by default, an {@code SshTransport} for a remote host.
     *
     * @param runner the runner
     * @return this builder
     */
    public Builder runner(CommandRunner runner) {
      this.runner = Objects.requireNonNull(runner, "runner");
      return this;
    }

    /**
     * Sets the bootc executable.
     *
     * @param executable a name on the PATH or a path
     * @return this builder
     */
    public Builder executable(String executable) {
      this.executable = Objects.requireNonNull(executable, "executable");
      return this;
    }

    /**
     * Runs bootc through a wrapper command such as {@code sudo} or {@code sudo -n}.
     *
     * @param wrapper the wrapper's argv
     * @return this builder
     */
    public Builder via(String... wrapper) {
      this.wrapper.clear();
      this.wrapper.addAll(List.of(wrapper));
      return this;
    }

    /**
     * Sets a timeout for every bootc call.
     *
     * @param timeout the timeout, or null for none
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Builds the wrapper.
     *
     * @return the wrapper
     */
    public Bootc build() {
      return new Bootc(this);
    }
  }
}
