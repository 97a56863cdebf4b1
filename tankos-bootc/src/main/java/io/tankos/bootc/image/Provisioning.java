package io.tankos.bootc.image;

import io.tankos.cloudinit.CloudUser;
import io.tankos.cloudinit.MetaData;
import io.tankos.cloudinit.internal.SshPublicKeys;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a machine gets at first boot or in its disk image: the SSH public keys of the agent user,
 * the host name and the cloud-init instance id. The image's {@link TankOsImage#seed()} and {@link
 * TankOsImage#diskImage()} carry them; never a private key or a secret.
 *
 * <p>The instance id belongs to the host: by default {@code HOSTNAME-local} (Tank-OS's {@code
 * tank-os-local}), and a given one must be {@code HOSTNAME} or start with {@code HOSTNAME-} (e.g.
 * {@code tank-01-v2}), so a builder reused for another host derives that host's id or refuses a
 * stale one instead of handing the previous host's identity on. Change the id to make cloud-init
 * run again.
 *
 * <pre>{@code
 * Provisioning p = Provisioning.builder()
 *     .sshAuthorizedKey("ssh-ed25519 AAAAC3... admin@laptop")
 *     .hostname("tank-01")
 *     .build();
 * p.instanceId(); // tank-01-local
 * }</pre>
 */
public final class Provisioning {
  private static final Location AT = Location.of("Provisioning");
  private static final Location KEYS_AT = AT.child("sshAuthorizedKeys");

  private final List<String> sshAuthorizedKeys;
  private final String hostname;
  private final String instanceId;
  /** The meta-data the builder checked the host name and instance id with. */
  private final MetaData metaData;

  private Provisioning(List<String> keys, String hostname, String instanceId, MetaData metaData) {
    this.sshAuthorizedKeys = List.copyOf(keys);
    this.hostname = hostname;
    this.instanceId = instanceId;
    this.metaData = metaData;
  }

  /**
   * Tank-OS's example: no keys, host {@code tank-os}, instance {@code tank-os-local}.
   *
   * @return the provisioning
   */
  public static Provisioning tankOs() {
    return builder().build();
  }

  /**
   * A builder with host name {@code tank-os} and no keys.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().hostname(hostname).instanceId(instanceId);
    sshAuthorizedKeys.forEach(b::sshAuthorizedKey);
    return b;
  }

  /**
   * The agent user's SSH public keys, one {@code authorized_keys} line each.
   *
   * @return unmodifiable list
   */
  public List<String> sshAuthorizedKeys() {
    return sshAuthorizedKeys;
  }

  /**
   * The host name.
   *
   * @return e.g. {@code tank-os}
   */
  public String hostname() {
    return hostname;
  }

  /**
   * The cloud-init instance id.
   *
   * @return e.g. {@code tank-os-local}
   */
  public String instanceId() {
    return instanceId;
  }

  /**
   * The NoCloud meta-data of the host: its instance id and host name ({@code local-hostname}), as
   * the seed writes them.
   *
   * @return the meta-data
   */
  public MetaData metaData() {
    return metaData;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Provisioning p && p.sshAuthorizedKeys.equals(sshAuthorizedKeys)
        && p.hostname.equals(hostname) && p.instanceId.equals(instanceId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sshAuthorizedKeys, hostname, instanceId);
  }

  @Override
  public String toString() {
    return "Provisioning[" + hostname + ", " + instanceId + ", " + sshAuthorizedKeys.size() + " keys]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final List<String> keyLines = new ArrayList<>(1); // mostly one
    private final List<String> keyFiles = new ArrayList<>();
    private String hostname = "tank-os";
    private String instanceId;

    private Builder() {}

    /**
     * Adds an SSH public key; {@link #build()} refuses anything but an OpenSSH public key line, a
     * private key above all.
     *
     * @param key one {@code authorized_keys} line
     * @return this builder
     */
    public Builder sshAuthorizedKey(String key) {
      keyLines.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /**
     * Adds the keys of an {@code authorized_keys} or {@code .pub} file: every line that is not
     * blank or a {@code #} comment.
     *
     * @param text the file's text
     * @return this builder
     */
    public Builder sshAuthorizedKeys(String text) {
      keyFiles.add(Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * The host name (default {@code tank-os}).
     *
     * @param value the host name
     * @return this builder
     */
    public Builder hostname(String value) {
      this.hostname = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The instance id (default {@code HOSTNAME-local}); it must be the host name or start with
     * {@code HOSTNAME-}.
     *
     * @param value the id
     * @return this builder
     */
    public Builder instanceId(String value) {
      this.instanceId = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds and checks the provisioning; the builder is left as it was.
     *
     * @return the provisioning
     * @throws ValidationException at {@code Provisioning.sshAuthorizedKeys[i]} for a key that is
     *     not an OpenSSH public key line (the value is not shown), at {@code Provisioning.hostname}
     *     or {@code Provisioning.instanceId}
     */
    public Provisioning build() {
      Problems problems = new Problems();
      List<String> keys = keys(problems);
      String id = instanceId != null ? instanceId : hostname + "-local";
      if (!id.equals(hostname) && !(id.startsWith(hostname) && id.length() > hostname.length()
          && id.charAt(hostname.length()) == '-')) {
        problems.add(AT.child("instanceId"), "'" + ImageChecks.printable(id) + "' is not an instance id of host "
            + hostname + " (it must be " + hostname + " or start with " + hostname + "-): set the instance id"
            + " for this host");
      }
      MetaData metaData = metaData(id, problems);
      problems.throwIfAny();
      return new Provisioning(keys, hostname, id, metaData);
    }

    /** The meta-data of the host name and instance id, or null with the problems its check found. */
    private MetaData metaData(String id, Problems problems) {
      try {
        return MetaData.builder(id).localHostname(hostname).build();
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          String field = p.location().path().startsWith("local-hostname") ? "hostname" : "instanceId";
          problems.add(AT.child(field), p.message());
        }
        return null;
      }
    }

    /**
     * The keys as cloud-init's user entry reads and checks them ({@link
     * CloudUser#checkSshAuthorizedKeys}, without building a user); empty with the problems when one
     * is refused.
     */
    private List<String> keys(Problems problems) {
      List<String> keys = keyLines;
      if (!keyFiles.isEmpty()) {
        keys = new ArrayList<>(keyLines);
        for (String text : keyFiles) {
          keys.addAll(SshPublicKeys.entries(text));
        }
      }
      return CloudUser.checkSshAuthorizedKeys(keys, KEYS_AT, problems) ? keys : List.of();
    }
  }
}
