package io.tankos.bootc.image;

import io.tankos.cloudinit.CloudCommand;
import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.cloudinit.Target;
import io.tankos.cloudinit.WriteFile;
import io.tankos.core.podman.SecretDriver;
import io.tankos.core.secret.SecretValue;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Secrets created at first boot through cloud-init: the image's NoCloud seed with, added to its
 * user-data, one {@code write_files} entry per secret (base64, mode 0600, owned by root, under
 * {@value #DIRECTORY}, a tmpfs) and one {@code runcmd} entry that creates each secret as the agent
 * user ({@code runuser}, value on podman's standard input from that file), deletes the files, runs
 * the image's {@code sync-podman-secrets} and restarts the units that accept them.
 *
 * <pre>{@code
 * try (SecretValue key = SecretValue.of("anthropic_api_key", keyChars)) {
 *   FirstBootSecrets secrets = FirstBootSecrets.builder(image)
 *       .secret("openclaw", "anthropic_api_key", key)
 *       .build();
 *   secrets.seed().toFileTree().writeTo(Path.of("out/seed"));   // user-data now carries the value
 * }
 * }</pre>
 *
 * <p><b>Trade-off.</b> The value is part of the user-data: it stays readable by root on the machine
 * (cloud-init keeps a copy under {@code /var/lib/cloud/instance/}, and the datasource may keep
 * serving it) and on the seed media (ISO, disk, or the cloud's metadata service) for as long as
 * those exist. Prefer {@link SecretProvisioner} over ssh after boot, or its {@link
 * SecretDriver#PASS} driver for encryption at rest, for keys that matter; use this path for
 * throw-away machines and test fleets. The value appears only in the bytes of the seed's user-data
 * ({@link #seed()}, {@link #userData()}), never in {@link #toString()} of this object, its builder or
 * the seed, and never in argv on the machine: the files are read by the root shell that feeds
 * podman's standard input.
 */
public final class FirstBootSecrets {
  /** Where the values wait for the first-boot step (a tmpfs, removed after use). */
  public static final String DIRECTORY = "/run/tank-os/first-boot-secrets";

  /** The image's installed sync script. */
  static final String SYNC_SCRIPT = "/usr/libexec/tank-os/sync-podman-secrets";

  private static final Location AT = Location.of("FirstBootSecrets");

  /**
   * {@code $1} user, {@code $2} uid, {@code $3} driver, {@code $4} directory, then secret names,
   * {@code --}, then the services to restart.
   */
  static final String SCRIPT = "set -eu\n"
      + "user=$1 uid=$2 driver=$3 dir=$4\n"
      + "shift 4\n"
      + "as_agent() { runuser -u \"$user\" -- env XDG_RUNTIME_DIR=\"/run/user/$uid\" \"$@\"; }\n"
      + "while [ \"$1\" != -- ]; do\n"
      + "  as_agent podman secret rm -- \"$1\" >/dev/null 2>&1 || true\n"
      + "  as_agent podman secret create --driver \"$driver\" -- \"$1\" - < \"$dir/$1\"\n"
      + "  rm -f -- \"$dir/$1\"\n"
      + "  echo \"created podman secret $1 for $user\"\n"
      + "  shift\n"
      + "done\n"
      + "shift\n"
      + "rmdir -- \"$dir\" 2>/dev/null || true\n"
      + "if [ -x " + SYNC_SCRIPT + " ]; then as_agent " + SYNC_SCRIPT + "; fi\n"
      + "for service do as_agent systemctl --user restart \"$service\" || echo \"restart of $service failed\" >&2; done\n";

  private final TankOsImage image;
  private final Map<String, SecretValue> values;
  private final Map<String, String> instances;
  private final SecretDriver driver;

  private FirstBootSecrets(Builder b) {
    this.image = b.image;
    this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.values));
    this.instances = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.instances));
    this.driver = b.driver;
  }

  /**
   * A builder for an image.
   *
   * @param image the image whose seed gets the secrets
   * @return the builder
   */
  public static Builder builder(TankOsImage image) {
    return new Builder(Objects.requireNonNull(image, "image"));
  }

  /**
   * The secret names, in order.
   *
   * @return unmodifiable list
   */
  public List<String> names() {
    return List.copyOf(values.keySet());
  }

  /**
   * The image's seed with the secret steps appended to its user-data (after the image's own {@code
   * runcmd} entries, so after lingering is enabled). The user-data carries the values.
   *
   * @return the seed
   */
  public NoCloudSeed seed() {
    NoCloudSeed base = image.seed();
    return base.toBuilder().userData(cloudConfig()).build();
  }

  /**
   * The seed's rendered user-data, values included.
   *
   * @return {@code #cloud-config} bytes, UTF-8
   */
  public byte[] userData() {
    return cloudConfig().render().getBytes(StandardCharsets.UTF_8);
  }

  private CloudConfig cloudConfig() {
    CloudConfig base = CloudConfig.parse("user-data", new String(image.seed().userData().bytes(), StandardCharsets.UTF_8));
    CloudConfig.Builder c = base.toBuilder();
    List<String> argv = new ArrayList<>(List.of("sh", "-c", SCRIPT, "tank-os-first-boot-secrets",
        image.user().name(), Long.toString(image.user().uid()), driver.token(), DIRECTORY));
    Set<String> services = new LinkedHashSet<>();
    for (Map.Entry<String, SecretValue> e : values.entrySet()) {
      byte[] bytes = bytes(e.getValue());
      try {
        c.writeFile(WriteFile.builder(DIRECTORY + "/" + e.getKey())
            .content(bytes).encoding("b64").owner("root:root").permissions(0600).build());
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
      argv.add(e.getKey());
      AgentInstance inst = DeclaredSecrets.instance(image, instances.get(e.getKey()), AT);
      DeclaredSecrets.unitsAccepting(inst, e.getKey(), AT).forEach(u -> services.add(SecretDropIns.service(u)));
    }
    argv.add("--");
    argv.addAll(services);
    c.runcmd(CloudCommand.argv(argv));
    CloudConfig config = c.build();
    config.check(Target.bootc(CloudInitVersion.V22_4)).check(Target.bootc(CloudInitVersion.V25_1));
    return config;
  }

  private static byte[] bytes(SecretValue value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      value.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("FirstBootSecrets[");
    instances.forEach((name, inst) -> s.append(s.charAt(s.length() - 1) == '[' ? "" : ", ")
        .append(inst).append('/').append(name));
    return s.append(", driver ").append(driver.token()).append(']').toString();
  }

  /** Builds {@link FirstBootSecrets}; mutable, not thread-safe. Holds the values, never prints them. */
  public static final class Builder {
    private final TankOsImage image;
    private final Map<String, SecretValue> values = new LinkedHashMap<>();
    private final Map<String, String> instances = new LinkedHashMap<>();
    private SecretDriver driver = SecretDriver.FILE;

    private Builder(TankOsImage image) {
      this.image = image;
    }

    /**
     * Adds a secret an instance declares.
     *
     * @param instance the instance, e.g. {@code openclaw}
     * @param name the secret, declared by the instance or its service-gator
     * @param value the value (kept by reference until the seed is rendered; 1 to 511999 bytes)
     * @return this builder
     * @throws ValidationException at {@code FirstBootSecrets.instance} for an unknown instance, at
     *     {@code FirstBootSecrets.secret} for an undeclared or repeated secret or a value of the wrong
     *     size
     */
    public Builder secret(String instance, String name, SecretValue value) {
      Objects.requireNonNull(value, "value");
      AgentInstance inst = DeclaredSecrets.instance(image, Objects.requireNonNull(instance, "instance"),
          AT.child("instance"));
      DeclaredSecrets.unitsAccepting(inst, Objects.requireNonNull(name, "name"), AT.child("secret"));
      if (values.containsKey(name)) {
        throw new ValidationException(AT.child("secret"), "secret " + name + " is already given (for instance "
            + instances.get(name) + ")");
      }
      if (value.length() == 0 || value.length() >= 512000) {
        throw new ValidationException(AT.child("secret"), "the value of secret " + name
            + " must be 1 to 511999 bytes, is " + value.length());
      }
      values.put(name, value);
      instances.put(name, instance);
      return this;
    }

    /**
     * The Podman secret driver (default {@code file}); see {@link SecretProvisioner} for {@code pass}.
     *
     * @param value the driver
     * @return this builder
     */
    public Builder driver(SecretDriver value) {
      this.driver = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The secrets.
     *
     * @return the secrets
     */
    public FirstBootSecrets build() {
      return new FirstBootSecrets(this);
    }

    @Override
    public String toString() {
      return "FirstBootSecrets.Builder" + instances.keySet();
    }
  }
}
