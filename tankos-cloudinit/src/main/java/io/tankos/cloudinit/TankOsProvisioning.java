package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.SshPublicKeys;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The first-boot provisioning of a Tank-OS machine: user {@code openclaw} with SSH keys, groups,
 * bash, a locked password and (demo images only) passwordless sudo; linger enabled with {@code
 * loginctl enable-linger openclaw} so its rootless Quadlet services start at boot; host name and
 * instance id in the NoCloud meta-data. The result passes {@code cloud-init schema} of 22.4 and
 * 25.1 and the bootc profile.
 *
 * <p>The instance id belongs to the host: by default {@code HOSTNAME-1}, and a given one must be
 * {@code HOSTNAME} or start with {@code HOSTNAME-} (e.g. {@code tank-01-v2}). A builder reused for
 * another host therefore derives that host's id, or refuses a stale one; it never hands the
 * previous host's identity on.
 *
 * <pre>{@code
 * NoCloudSeed seed = TankOsProvisioning.builder()
 *     .sshAuthorizedKey("ssh-ed25519 AAAAC3... admin@laptop")
 *     .hostname("tank-01")
 *     .instanceId("tank-01-v1")
 *     .build()
 *     .seed();
 * }</pre>
 */
public final class TankOsProvisioning {
  /** The Tank-OS agent user. */
  public static final String USER = "openclaw";

  /** The demo images' sudo rule. */
  public static final String DEMO_SUDO_RULE = "ALL=(ALL) NOPASSWD:ALL";

  private final List<String> sshKeys;
  private final List<String> groups;
  private final String hostname;
  private final String instanceId;
  private final boolean demoSudo;

  private TankOsProvisioning(Builder b) {
    this.sshKeys = List.copyOf(b.sshKeys);
    this.groups = List.copyOf(b.groups);
    this.hostname = b.hostname;
    this.instanceId = b.instanceId != null ? b.instanceId : b.hostname + "-1";
    this.demoSudo = b.demoSudo;
  }

  /**
   * The instance id in the meta-data.
   *
   * @return the id, {@code HOSTNAME-1} unless one was given
   */
  public String instanceId() {
    return instanceId;
  }

  /**
   * A builder with the Tank-OS defaults: group {@code wheel}, host name {@code tank-os}, no demo
   * sudo rule.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The user-data document.
   *
   * @return the cloud-config
   */
  public CloudConfig cloudConfig() {
    CloudUser.Builder user = CloudUser.builder(USER)
        .gecos("OpenClaw agent")
        .shell("/bin/bash")
        .lockPasswd(true);
    if (!groups.isEmpty()) {
      user.groups(groups.toArray(new String[0]));
    }
    if (demoSudo) {
      user.sudo(DEMO_SUDO_RULE);
    }
    sshKeys.forEach(user::sshAuthorizedKey);
    return CloudConfig.builder()
        .user(user.build())
        .hostname(hostname)
        .sshPwauth(false)
        .disableRoot(true)
        .runcmd(CloudCommand.argv("loginctl", "enable-linger", USER))
        .build();
  }

  /**
   * The meta-data.
   *
   * @return instance-id and local-hostname
   */
  public MetaData metaData() {
    return MetaData.builder(instanceId).localHostname(hostname).build();
  }

  /**
   * The NoCloud seed: user-data and meta-data.
   *
   * @return the seed
   */
  public NoCloudSeed seed() {
    return NoCloudSeed.builder().metaData(metaData()).userData(cloudConfig()).build();
  }

  /** Mutable builder. */
  public static final class Builder {
    private final List<String> sshKeys = new ArrayList<>();
    private final List<String> groups = new ArrayList<>(List.of("wheel"));
    private String hostname = "tank-os";
    private String instanceId;
    private boolean demoSudo;

    private Builder() {}

    /**
     * Adds an SSH public key for {@code openclaw}; {@link #build()} refuses anything but an
     * OpenSSH public key line, a private key above all.
     *
     * @param key one authorized_keys line
     * @return this builder
     */
    public Builder sshAuthorizedKey(String key) {
      sshKeys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /**
     * Adds the keys of an {@code authorized_keys} or {@code .pub} file for {@code openclaw}: every
     * line that is not blank or a {@code #} comment; a key block (PEM, RFC 4716, PuTTY) is one
     * entry, refused as a whole by {@link #build()}.
     *
     * @param text the file's text
     * @return this builder
     */
    public Builder sshAuthorizedKeys(String text) {
      sshKeys.addAll(SshPublicKeys.entries(Objects.requireNonNull(text, "text")));
      return this;
    }

    /**
     * Replaces the supplementary groups (default {@code wheel}).
     *
     * @param names group names
     * @return this builder
     */
    public Builder groups(List<String> names) {
      groups.clear();
      groups.addAll(names);
      return this;
    }

    /**
     * The host name (default {@code tank-os}).
     *
     * @param name host name
     * @return this builder
     */
    public Builder hostname(String name) {
      this.hostname = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The instance id (default {@code HOSTNAME-1}); change it to make cloud-init run again. It
     * must be the host name or start with {@code HOSTNAME-}, checked by {@link #build()}.
     *
     * @param id instance id, e.g. {@code tank-01-v2}
     * @return this builder
     */
    public Builder instanceId(String id) {
      this.instanceId = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Whether {@code openclaw} gets passwordless sudo, as Tank-OS demo images do (production
     * should not).
     *
     * @param value true for the demo rule
     * @return this builder
     */
    public Builder demoSudo(boolean value) {
      this.demoSudo = value;
      return this;
    }

    /**
     * Builds and checks the provisioning; the builder is left as it was.
     *
     * @return the provisioning
     * @throws ValidationException without an SSH key, for a key that is not an OpenSSH public key
     *     line (a private key above all), an instance id of another host, or invalid values
     */
    public TankOsProvisioning build() {
      Problems problems = new Problems();
      Location keys = Location.of(ConfigKey.USERS.key()).index(0).child(ConfigKey.SSH_AUTHORIZED_KEYS.key());
      if (sshKeys.isEmpty()) {
        problems.add(keys, "openclaw needs at least one SSH key: its password is locked");
      }
      for (int i = 0; i < sshKeys.size(); i++) {
        Checks.of(null, problems).publicKey(sshKeys.get(i), keys.index(i));
      }
      if (instanceId != null && !instanceId.equals(hostname) && !instanceId.startsWith(hostname + "-")) {
        problems.add(Location.of("meta-data").child("instance-id"), "'" + instanceId
            + "' is not an instance id of host " + hostname + " (it must be " + hostname + " or start with "
            + hostname + "-): set the instance id for this host");
      }
      problems.throwIfAny();
      TankOsProvisioning p = new TankOsProvisioning(this);
      p.cloudConfig().check(Target.bootc(CloudInitVersion.V22_4))
          .check(Target.bootc(CloudInitVersion.V25_1));
      p.metaData();
      return p;
    }
  }
}
