package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Raw;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code users}. Typed accessors read the entry's fields; fields tankos does not type
 * are kept (see {@link #fields()}).
 *
 * <pre>{@code
 * CloudUser u = CloudUser.builder("openclaw")
 *     .gecos("OpenClaw agent")
 *     .groups("wheel", "systemd-journal")
 *     .sudo("ALL=(ALL) NOPASSWD:ALL")
 *     .shell("/bin/bash")
 *     .lockPasswd(true)
 *     .sshAuthorizedKey("ssh-ed25519 AAAAC3... admin@laptop")
 *     .build();
 * }</pre>
 */
public final class CloudUser {
  private final Map<String, Object> fields;

  private CloudUser(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * A builder for a user.
   *
   * @param name the user name
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder().set("name", Objects.requireNonNull(name, "name"));
  }

  /**
   * A builder holding this user's fields.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.fields.putAll(fields);
    return b;
  }

  static CloudUser fromRaw(Map<?, ?> raw) {
    Map<String, Object> m = new LinkedHashMap<>();
    raw.forEach((k, v) -> m.put(String.valueOf(k), v));
    return new CloudUser(Collections.unmodifiableMap(m));
  }

  /**
   * The user name.
   *
   * @return the name, or empty when missing
   */
  public Optional<String> name() {
    return string("name");
  }

  /**
   * The GECOS field.
   *
   * @return the real name, if set
   */
  public Optional<String> gecos() {
    return string("gecos");
  }

  /**
   * Supplementary groups.
   *
   * @return the group names (a comma-separated string is split)
   */
  public List<String> groups() {
    Object g = fields.get("groups");
    List<String> out = new ArrayList<>();
    if (g instanceof String s) {
      for (String part : s.split(",")) {
        if (!part.trim().isEmpty()) {
          out.add(part.trim());
        }
      }
    } else if (g instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    return List.copyOf(out);
  }

  /**
   * Sudo rules.
   *
   * @return the rules (one for a string)
   */
  public List<String> sudoRules() {
    Object s = fields.get("sudo");
    if (s instanceof String str) {
      return List.of(str);
    } else if (s instanceof List<?> l) {
      List<String> out = new ArrayList<>();
      l.forEach(x -> out.add(String.valueOf(x)));
      return List.copyOf(out);
    }
    return List.of();
  }

  /**
   * The login shell.
   *
   * @return the shell, if set
   */
  public Optional<String> shell() {
    return string("shell");
  }

  /**
   * Authorized SSH keys.
   *
   * @return the keys
   */
  public List<String> sshAuthorizedKeys() {
    Object s = fields.get("ssh_authorized_keys");
    List<String> out = new ArrayList<>();
    if (s instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    return List.copyOf(out);
  }

  /**
   * The uid.
   *
   * @return the uid, if set as an integer
   */
  public Optional<Long> uid() {
    Object u = fields.get("uid");
    return u instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
  }

  /**
   * Whether the password is locked ({@code lock_passwd}).
   *
   * @return the flag, if set
   */
  public Optional<Boolean> lockPasswd() {
    Object v = fields.get("lock_passwd");
    return v instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  /**
   * Every field of the entry, in order, including those tankos does not type.
   *
   * @return unmodifiable map
   */
  public Map<String, Object> fields() {
    return fields;
  }

  private Optional<String> string(String key) {
    Object v = fields.get(key);
    return v instanceof String s ? Optional.of(s) : Optional.empty();
  }

  Object toRaw() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CloudUser u && u.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "CloudUser[" + name().orElse("?") + "]";
  }

  /** Mutable builder; {@link CloudConfig.Builder#build()} checks the values. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<String> groups = new ArrayList<>();
    private final List<String> sudo = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    private Builder() {}

    private Builder set(String key, Object value) {
      fields.put(key, value);
      return this;
    }

    /**
     * The real name.
     *
     * @param gecos GECOS text
     * @return this builder
     */
    public Builder gecos(String gecos) {
      return set("gecos", gecos);
    }

    /**
     * The primary group.
     *
     * @param group group name
     * @return this builder
     */
    public Builder primaryGroup(String group) {
      return set("primary_group", group);
    }

    /**
     * Adds supplementary groups.
     *
     * @param names group names
     * @return this builder
     */
    public Builder groups(String... names) {
      groups.addAll(List.of(names));
      return this;
    }

    /**
     * Adds a sudoers rule (the text after the user name), e.g. {@code ALL=(ALL) NOPASSWD:ALL}.
     * One rule is written as a string (accepted by every version); several as a list, which
     * needs cloud-init 25.1.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder sudo(String rule) {
      sudo.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * The login shell.
     *
     * @param shell absolute path
     * @return this builder
     */
    public Builder shell(String shell) {
      return set("shell", shell);
    }

    /**
     * Whether password login is locked.
     *
     * @param lock true to lock
     * @return this builder
     */
    public Builder lockPasswd(boolean lock) {
      return set("lock_passwd", lock);
    }

    /**
     * The password hash, applied when the user is created.
     *
     * @param hash crypt(3) hash, e.g. from {@code mkpasswd --method=SHA-512 --rounds=500000}
     * @return this builder
     */
    public Builder passwd(String hash) {
      return set("passwd", hash);
    }

    /**
     * Adds an authorized SSH key.
     *
     * @param key one line of authorized_keys
     * @return this builder
     */
    public Builder sshAuthorizedKey(String key) {
      keys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /**
     * The uid.
     *
     * @param uid the uid
     * @return this builder
     */
    public Builder uid(int uid) {
      return set("uid", uid);
    }

    /**
     * Whether this is a system user (no home directory).
     *
     * @param system true for a system user
     * @return this builder
     */
    public Builder system(boolean system) {
      return set("system", system);
    }

    /**
     * The home directory.
     *
     * @param dir absolute path
     * @return this builder
     */
    public Builder homedir(String dir) {
      return set("homedir", dir);
    }

    /**
     * Whether to skip creating the home directory.
     *
     * @param value true to skip
     * @return this builder
     */
    public Builder noCreateHome(boolean value) {
      return set("no_create_home", value);
    }

    /**
     * Any other field of the users module, written as given.
     *
     * @param key field name
     * @param value raw value (maps, lists, strings, numbers, booleans, null)
     * @return this builder
     */
    public Builder field(String key, Object value) {
      return set(key, value);
    }

    /**
     * Builds the entry (values are checked when the cloud-config is built).
     *
     * @return the user
     * @throws io.tankos.core.validation.ValidationException when a value cannot be written
     */
    public CloudUser build() {
      Map<String, Object> m = new LinkedHashMap<>(fields);
      if (!groups.isEmpty()) {
        m.put("groups", new ArrayList<>(groups));
      }
      if (sudo.size() == 1) {
        m.put("sudo", sudo.get(0));
      } else if (sudo.size() > 1) {
        m.put("sudo", new ArrayList<>(sudo));
      }
      if (!keys.isEmpty()) {
        m.put("ssh_authorized_keys", new ArrayList<>(keys));
      }
      Problems problems = new Problems();
      @SuppressWarnings("unchecked")
      Map<String, Object> copy = (Map<String, Object>) Raw.copy(m, Location.of("user"), problems);
      problems.throwIfAny();
      return new CloudUser(copy);
    }
  }
}
