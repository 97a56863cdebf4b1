package io.tankos.bootc.image;

import io.tankos.bootc.host.HostFiles;
import io.tankos.bootc.host.Systemctl;
import io.tankos.bootc.host.WriteOptions;
import io.tankos.bootc.podman.Podman;
import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandRunner;
import io.tankos.core.podman.PodmanSecret;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.podman.SecretDriver;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.Location;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Provisions an instance's secrets on a running Tank-OS machine, locally or over ssh: the value goes
 * on standard input to {@code podman secret create --replace} as the agent user (never in argv, the
 * environment, a log line or an exception message), then the instance's {@code 10-secrets.conf}
 * drop-ins are refreshed for the secrets now present, {@code systemctl --user daemon-reload} runs
 * and the units that accept the secret are restarted.
 *
 * <pre>{@code
 * SecretProvisioner p = SecretProvisioner.builder(SshTransport.builder().host("tank-01").user("root").build())
 *     .access(AgentAccess.RUNUSER)
 *     .progress(System.err::println)
 *     .build();
 * try (SecretValue key = SecretValue.of("anthropic_api_key", System.console().readPassword())) {
 *   p.push(TankOsImage.tankOs(), "openclaw", "anthropic_api_key", key);
 * }
 * SecretInventory inv = p.list(TankOsImage.tankOs(), "openclaw");   // names present vs declared
 * }</pre>
 *
 * <p><b>Drop-ins.</b> The drop-ins are written by Java through {@link HostFiles} (atomic, as the
 * agent user, mode 0644) with exactly the text the image's {@code sync-podman-secrets} writes
 * ({@code [Container]}, then one {@code Secret=} line per declared secret present, in declaration
 * order; none for a unit without any), rather than by running the installed script: the model the
 * caller holds is the one provisioned, so a host still running an older image (or a machine set up
 * by hand, without the script) gets the drop-ins its units need, and the step is checked and
 * reported like every other command. Running the script afterwards finds nothing to change.
 *
 * <p><b>Encryption at rest.</b> By default Podman's {@code file} driver keeps the value readable by
 * the agent user under its storage. {@link Builder#driver(SecretDriver)} with {@link
 * SecretDriver#PASS} selects {@code --driver pass}: the value is encrypted with GPG in the agent
 * user's password store. That needs, for the agent user on the host, a GPG key without a passphrase
 * prompt at service start (or a running agent) and {@code pass init KEY-ID} done once; the
 * {@code pass} program must be installed in the image.
 */
public final class SecretProvisioner {
  private static final Location AT = Location.of("SecretProvisioner");

  private final CommandRunner runner;
  private final AgentAccess access;
  private final SecretDriver driver;
  private final PodmanVersion podmanVersion;
  private final Consumer<String> progress;

  private SecretProvisioner(Builder b) {
    this.runner = b.runner;
    this.access = b.access;
    this.driver = b.driver;
    this.podmanVersion = b.podmanVersion;
    this.progress = b.progress;
  }

  /**
   * A builder for a host.
   *
   * @param runner {@link CommandRunner#local()} or an {@code SshTransport}
   * @return the builder (access {@link AgentAccess#RUNUSER}, driver {@code file})
   */
  public static Builder builder(CommandRunner runner) {
    return new Builder(Objects.requireNonNull(runner, "runner"));
  }

  /**
   * A builder holding these settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(runner).access(access).driver(driver).podmanVersion(podmanVersion).progress(progress);
  }

  /**
   * How commands reach the agent user.
   *
   * @return the access
   */
  public AgentAccess access() {
    return access;
  }

  /**
   * The Podman secret driver.
   *
   * @return e.g. {@link SecretDriver#FILE}
   */
  public SecretDriver driver() {
    return driver;
  }

  /**
   * Creates or replaces a secret the instance declares, refreshes the drop-ins, reloads and restarts
   * the units that accept it.
   *
   * @param image the image the host runs
   * @param instance the instance, e.g. {@code openclaw}
   * @param secretName the secret, declared by the instance or its service-gator
   * @param value the value (1 to 511999 bytes), sent on podman's standard input only
   * @return the instance's secrets afterwards
   * @throws io.tankos.core.validation.ValidationException at {@code SecretProvisioner.push.instance}
   *     for an unknown instance, at {@code SecretProvisioner.push.secret} for an undeclared secret,
   *     or for a value of the wrong size (nothing runs on the host)
   * @throws SecretProvisioningException when a step fails on the host
   */
  public SecretInventory push(TankOsImage image, String instance, String secretName, SecretValue value) {
    Objects.requireNonNull(value, "value");
    return change(image, instance, secretName, "push", "podman secret create",
        podman -> podman.createSecret(PodmanSecret.builder(secretName).driver(driver).build(), value, true));
  }

  /**
   * Removes a secret the instance declares, refreshes the drop-ins (the unit no longer names it),
   * reloads and restarts the units that accepted it.
   *
   * @param image the image the host runs
   * @param instance the instance
   * @param secretName the secret
   * @return the instance's secrets afterwards
   * @throws io.tankos.core.validation.ValidationException for an unknown instance or undeclared
   *     secret
   * @throws SecretProvisioningException when a step fails on the host
   */
  public SecretInventory remove(TankOsImage image, String instance, String secretName) {
    return change(image, instance, secretName, "remove", "podman secret rm", podman -> podman.removeSecret(secretName));
  }

  /** Checks the names, runs one podman step as the agent user, then refreshes and restarts. */
  private SecretInventory change(TankOsImage image, String instance, String secretName, String method, String step,
      Function<Podman, ?> action) {
    Location at = AT.child(method);
    AgentInstance inst = DeclaredSecrets.instance(image, Objects.requireNonNull(instance, "instance"), at.child("instance"));
    List<String> units = DeclaredSecrets.unitsAccepting(inst, Objects.requireNonNull(secretName, "secretName"),
        at.child("secret"));
    CommandRunner agent = AgentUserRunner.of(runner, access, image.user());
    Podman podman = podman(agent);
    progress.accept(step + " " + secretName + " as " + image.user().name() + " (driver " + driver.token() + ")");
    step(inst, secretName, step, () -> action.apply(podman));
    return refresh(inst, secretName, units, agent, podman);
  }

  /**
   * Which of the instance's declared secrets exist (names only).
   *
   * @param image the image the host runs
   * @param instance the instance
   * @return declared and present names
   * @throws io.tankos.core.validation.ValidationException for an unknown instance
   * @throws SecretProvisioningException when podman fails
   */
  public SecretInventory list(TankOsImage image, String instance) {
    AgentInstance inst = DeclaredSecrets.instance(image, Objects.requireNonNull(instance, "instance"),
        AT.child("list").child("instance"));
    Podman podman = podman(AgentUserRunner.of(runner, access, image.user()));
    return inventory(inst, present(inst, "*", podman));
  }

  private SecretInventory refresh(AgentInstance inst, String secretName, List<String> units,
      CommandRunner agent, Podman podman) {
    Set<String> present = present(inst, secretName, podman);
    HostFiles files = HostFiles.on(agent);
    WriteOptions options = WriteOptions.builder().mode(0644).parents(true).build();
    for (Map.Entry<String, List<InstanceSecret>> u : SecretDropIns.units(inst).entrySet()) {
      String text = SecretDropIns.text(u.getValue(), present);
      var path = SecretDropIns.path(u.getKey());
      if (text != null) {
        progress.accept("writing " + path);
        step(inst, secretName, "writing " + path, () -> {
          files.write(path, text, options);
          return null;
        });
      } else {
        step(inst, secretName, "removing " + path, () -> files.delete(path));
      }
    }
    Systemctl systemd = Systemctl.user(agent);
    progress.accept("systemctl --user daemon-reload");
    step(inst, secretName, "systemctl --user daemon-reload", () -> {
      systemd.daemonReload();
      return null;
    });
    for (String unit : units) {
      String service = SecretDropIns.service(unit);
      progress.accept("systemctl --user restart " + service);
      step(inst, secretName, "systemctl --user restart " + service, () -> {
        systemd.restart(service);
        return null;
      });
    }
    return inventory(inst, present);
  }

  private static SecretInventory inventory(AgentInstance inst, Set<String> present) {
    List<String> declared = DeclaredSecrets.names(inst);
    return new SecretInventory(inst.name(), declared, declared.stream().filter(present::contains).toList());
  }

  /** Names in the agent user's store, as the sync script reads them. */
  private static Set<String> present(AgentInstance inst, String secretName, Podman podman) {
    List<String> lines = step(inst, secretName, "podman secret ls", () -> podman.runner().runChecked(
        podman.command(List.of("secret", "ls", "--format", "{{.Name}}")).build()).stdoutLines());
    Set<String> names = new LinkedHashSet<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        names.add(line.strip());
      }
    }
    return names;
  }

  private Podman podman(CommandRunner agent) {
    Podman.Builder b = Podman.builder().runner(agent);
    if (podmanVersion != null) {
      b.version(podmanVersion);
    }
    return b.build();
  }

  private static <T> T step(AgentInstance inst, String secretName, String step, Supplier<T> action) {
    try {
      return action.get();
    } catch (CommandFailedException e) {
      throw new SecretProvisioningException(inst.name(), secretName, step, e);
    }
  }

  @Override
  public String toString() {
    return "SecretProvisioner[" + access + ", driver " + driver.token() + ", " + runner + "]";
  }

  /** Builds a {@link SecretProvisioner}; mutable, not thread-safe. */
  public static final class Builder {
    private final CommandRunner runner;
    private AgentAccess access = AgentAccess.RUNUSER;
    private SecretDriver driver = SecretDriver.FILE;
    private PodmanVersion podmanVersion;
    private Consumer<String> progress = line -> {};

    private Builder(CommandRunner runner) {
      this.runner = runner;
    }

    /**
     * How the runner's login reaches the agent user (default {@link AgentAccess#RUNUSER}: the
     * login is root).
     *
     * @param value the access
     * @return this builder
     */
    public Builder access(AgentAccess value) {
      this.access = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The Podman secret driver (default {@link SecretDriver#FILE}); {@link SecretDriver#PASS}
     * encrypts at rest (see the class documentation for what it needs on the host).
     *
     * @param value the driver
     * @return this builder
     */
    public Builder driver(SecretDriver value) {
      this.driver = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Fixes the host's Podman version (whether {@code --replace} exists) instead of asking it.
     *
     * @param value the version, or null to ask once per call
     * @return this builder
     */
    public Builder podmanVersion(PodmanVersion value) {
      this.podmanVersion = value;
      return this;
    }

    /**
     * Receives one line per step (names and paths only, never a value).
     *
     * @param value the consumer
     * @return this builder
     */
    public Builder progress(Consumer<String> value) {
      this.progress = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The provisioner.
     *
     * @return the provisioner
     */
    public SecretProvisioner build() {
      return new SecretProvisioner(this);
    }
  }
}
