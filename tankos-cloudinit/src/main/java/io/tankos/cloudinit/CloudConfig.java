package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.LoweredText;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.cloudinit.internal.SshPublicKeys;
import io.tankos.cloudinit.internal.Yaml11;
import io.tankos.cloudinit.internal.YamlLines;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.Problem;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.TargetPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@code #cloud-config} document. Typed builder methods cover the modules a bootc fleet uses;
 * {@link Builder#set(String, Object)} writes any other top-level key. The rendered YAML is read by
 * cloud-init's PyYAML as exactly the values given: every string that YAML 1.1 would read as
 * something else ({@code yes}, {@code 0644}, {@code 1:20}, dates, {@code =}, {@code <<}, …) is
 * quoted; keys keep their insertion order.
 *
 * <pre>{@code
 * CloudConfig config = CloudConfig.builder()
 *     .user(CloudUser.builder("openclaw").groups("wheel").sudo("ALL=(ALL) NOPASSWD:ALL")
 *         .sshAuthorizedKey("ssh-ed25519 AAAA... admin").build())
 *     .hostname("tank-01")
 *     .runcmd(CloudCommand.argv("loginctl", "enable-linger", "openclaw"))
 *     .build();
 * String userData = config.render(Target.bootc(CloudInitVersion.V22_4), TargetPolicy.REWRITE);
 * }</pre>
 */
public final class CloudConfig {
  /** The header line every cloud-config document starts with. */
  public static final String HEADER = "#cloud-config";

  private final Map<String, Object> values;
  /** The parsed text, for line numbers in problems; null for a built document. */
  private final String text;

  private CloudConfig(Map<String, Object> values) {
    this(values, null);
  }

  private CloudConfig(Map<String, Object> values, String text) {
    this.values = values;
    this.text = text;
  }

  /**
   * A builder for a new document.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this document's keys.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.values.putAll(values);
    return b;
  }

  /**
   * Parses a document that starts with {@code #cloud-config}. Values are kept as read (also
   * invalid ones, see {@link #problems(Target)}); comments are not kept. Characters PyYAML refuses
   * (and so cloud-init) are refused with line and column, and the YAML limits of {@link
   * CloudInitLimits} apply (size, line length, nesting, nodes with aliases expanded, aliases).
   *
   * @param source name for messages, e.g. a file name
   * @param text the document
   * @return the document
   * @throws ParseException when the header is missing, the YAML is invalid, or the document is
   *     not a mapping
   */
  public static CloudConfig parse(String source, String text) {
    // as cloud-init detects the type: the first line lower-cased (not compared ignoring case, which
    // also took a dotless i for an i)
    if (!LoweredText.firstLineIs(text, HEADER)) {
      throw new ParseException(source, 1, "not a cloud-config document: the first line must be "
          + HEADER);
    }
    return parseBody(source, text);
  }

  /**
   * Parses the YAML of a cloud-config whose type is known (a MIME part of type {@code
   * text/cloud-config}), with or without the header line.
   *
   * @param source name for messages
   * @param text the YAML
   * @return the document
   * @throws ParseException when the YAML is invalid or not a mapping
   */
  public static CloudConfig parseBody(String source, String text) {
    return new CloudConfig(Yaml11.loadMapping(source, text, "cloud-config"), text);
  }

  /**
   * The top-level keys and their raw values, in document order.
   *
   * @return unmodifiable map
   */
  public Map<String, Object> values() {
    return values;
  }

  /**
   * The top-level keys, in document order.
   *
   * @return the keys
   */
  public Set<String> keys() {
    return values.keySet();
  }

  /**
   * A top-level value.
   *
   * @param key the key
   * @return the raw value, if present
   */
  public Optional<Object> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /**
   * The {@code users} entries that are mappings (the {@code default} entry is skipped).
   *
   * @return the users
   */
  public List<CloudUser> users() {
    List<CloudUser> out = new ArrayList<>();
    if (values.get(ConfigKey.USERS.key()) instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> m) {
          out.add(CloudUser.fromRaw(m));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The {@code write_files} entries.
   *
   * @return the files
   */
  public List<WriteFile> writeFiles() {
    List<WriteFile> out = new ArrayList<>();
    if (values.get(ConfigKey.WRITE_FILES.key()) instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> m) {
          out.add(WriteFile.fromRaw(m));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The {@code runcmd} commands.
   *
   * @return the commands
   */
  public List<CloudCommand> runcmd() {
    return commands(ConfigKey.RUNCMD);
  }

  /**
   * The {@code bootcmd} commands.
   *
   * @return the commands
   */
  public List<CloudCommand> bootcmd() {
    return commands(ConfigKey.BOOTCMD);
  }

  private List<CloudCommand> commands(ConfigKey key) {
    List<CloudCommand> out = new ArrayList<>();
    if (values.get(key.key()) instanceof List<?> l) {
      for (Object o : l) {
        if (o != null) {
          out.add(CloudCommand.fromRaw(o));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The top-level keys a cloud-init version's schema does not define (22.4 ignores them, 25.1
   * rejects them).
   *
   * @param version the version
   * @return the unknown keys, in document order
   */
  public List<String> unknownKeys(CloudInitVersion version) {
    List<String> out = new ArrayList<>();
    for (String k : values.keySet()) {
      if (!version.schemaKeys().contains(k)) {
        out.add(k);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Everything that keeps this document from working on a target: tankos's value rules (the
   * builder's, with friendlier messages), every error cloud-init's own validator of the target
   * version reports that those rules do not already cover ({@link CloudInitSchema}; with the line
   * for a parsed document), and the modules the profile forbids. A document cloud-init rejects
   * always has problems; cloud-init's deprecations are not problems.
   *
   * @param target version and profile
   * @return the problems, empty when the document fits
   */
  public List<Problem> problems(Target target) {
    Problems problems = new Problems();
    check(target, problems);
    return problems.list();
  }

  private void check(Target target, Problems problems) {
    CloudConfigChecker.check(values, target.version(), target.profile(), problems,
        text == null ? YamlLines.none() : YamlLines.of(text));
  }

  /**
   * Throws when the document does not fit a target.
   *
   * @param target version and profile
   * @return this document
   * @throws io.tankos.core.validation.ValidationException listing every problem
   */
  public CloudConfig check(Target target) {
    Problems problems = new Problems();
    check(target, problems);
    problems.throwIfAny();
    return this;
  }

  /**
   * The document text: {@code #cloud-config}, then the YAML.
   *
   * @return the text, UTF-8 without BOM, {@code \n} line ends
   */
  public String render() {
    return render(CharSequence::toString);
  }

  /** The text of {@link #render()} handed to {@code to}, which must not keep it (nor return null). */
  <T> T render(Function<? super CharSequence, T> to) {
    return values.isEmpty() ? to.apply(HEADER + "\n{}\n") : Yaml11.dump(HEADER + "\n", values, to);
  }

  /**
   * Checks the document against a target, then renders it. A construct the target's version
   * lacks is an error under {@link TargetPolicy#STRICT}; under {@link TargetPolicy#REWRITE} it is
   * first written in the equivalent spelling the version accepts where one exists ({@link
   * #adaptedTo(CloudInitVersion)}), and is an error where none does.
   *
   * <pre>{@code
   * config.render(Target.bootc(CloudInitVersion.V22_4), TargetPolicy.REWRITE);
   * }</pre>
   *
   * @param target version and profile
   * @param policy what to do with constructs the version lacks
   * @return the text
   * @throws io.tankos.core.validation.ValidationException when the target rejects the document
   */
  public String render(Target target, TargetPolicy policy) {
    CloudConfig forTarget = policy == TargetPolicy.REWRITE ? adaptedTo(target.version()) : this;
    return forTarget.check(target).render();
  }

  /**
   * This document with the equivalent spelling a version's schema accepts: for 22.4, a {@code
   * users[].sudo} list of exactly one rule becomes that rule as a string (cloud-init applies both
   * the same way). Constructs without an equivalent are left for {@link #problems(Target)} to
   * report.
   *
   * @param version the cloud-init version
   * @return the adapted document (this one when nothing changes)
   */
  public CloudConfig adaptedTo(CloudInitVersion version) {
    Object users = values.get(ConfigKey.USERS.key());
    Object adapted = CloudUser.adaptedTo(users, version);
    if (adapted == users) {
      return this;
    }
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(ConfigKey.USERS.key(), adapted);
    return new CloudConfig(Collections.unmodifiableMap(copy));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CloudConfig c && c.render().equals(render());
  }

  @Override
  public int hashCode() {
    return render().hashCode();
  }

  /** The rendered document, as {@link #render()}. */
  @Override
  public String toString() {
    return render();
  }

  /**
   * Mutable builder; not thread-safe. List modules ({@code users}, {@code write_files}, {@code
   * runcmd}, …) accumulate; other setters replace. {@link #build()} checks every value.
   */
  public static final class Builder {
    /** The mappings a build shares instead of copying: users a {@link CloudUser.Builder} built. */
    private static final java.util.function.Predicate<Object> CHECKED_USER = CheckedUserFields.class::isInstance;

    /** Sized for the few keys most documents have (the default table has sixteen slots). */
    private final Map<String, Object> values = new LinkedHashMap<>(8);

    /**
     * A list the builder made for a list module and alone holds, which it grows in place (a copy
     * per added item made adding n items take n² steps); {@link #build()} copies it like any value.
     */
    private static final class Appended extends ArrayList<Object> {
      private static final long serialVersionUID = 1L;

      /** Room for the few items most lists have (the default is ten). */
      Appended() {
        super(4);
      }
    }

    private Builder() {}

    private Builder append(ConfigKey key, Object item) {
      Object current = values.get(key.key());
      if (current instanceof Appended list) {
        list.add(item);
        return this;
      }
      Appended list = new Appended();
      if (current instanceof List<?> old) {
        list.addAll(old); // a list given to set or kept from toBuilder is not changed
      }
      list.add(item);
      values.put(key.key(), list);
      return this;
    }

    private Builder set(ConfigKey key, Object value) {
      values.put(key.key(), value);
      return this;
    }

    /**
     * Adds the distribution's default user ({@code - default}); put it first.
     *
     * @return this builder
     */
    public Builder defaultUser() {
      return append(ConfigKey.USERS, "default");
    }

    /**
     * Adds a user.
     *
     * @param user the user
     * @return this builder
     */
    public Builder user(CloudUser user) {
      return append(ConfigKey.USERS, user.toRaw());
    }

    /**
     * Adds a group with members.
     *
     * @param name group name
     * @param members user names, may be none
     * @return this builder
     */
    public Builder group(String name, String... members) {
      if (members.length == 0) {
        return append(ConfigKey.GROUPS, name);
      }
      Map<String, Object> g = new LinkedHashMap<>();
      g.put(name, List.of(members));
      return append(ConfigKey.GROUPS, g);
    }

    /**
     * Adds an SSH key for the default user. {@link #build()} refuses anything but an OpenSSH
     * public key line ({@code [options] TYPE BASE64 [comment]}), a private key above all.
     *
     * @param key one authorized_keys line
     * @return this builder
     */
    public Builder sshAuthorizedKey(String key) {
      return append(ConfigKey.SSH_AUTHORIZED_KEYS, Objects.requireNonNull(key, "key"));
    }

    /**
     * Adds the keys of an {@code authorized_keys} or {@code .pub} file for the default user: every
     * line that is not blank or a {@code #} comment; a key block (PEM, RFC 4716, PuTTY) is one
     * entry, refused as a whole by {@link #build()}.
     *
     * @param text the file's text
     * @return this builder
     */
    public Builder sshAuthorizedKeys(String text) {
      SshPublicKeys.entries(Objects.requireNonNull(text, "text")).forEach(this::sshAuthorizedKey);
      return this;
    }

    /**
     * Whether SSH password authentication is enabled.
     *
     * @param enabled true to enable
     * @return this builder
     */
    public Builder sshPwauth(boolean enabled) {
      return set(ConfigKey.SSH_PWAUTH, enabled);
    }

    /**
     * Whether root login over SSH is disabled.
     *
     * @param disabled true to disable
     * @return this builder
     */
    public Builder disableRoot(boolean disabled) {
      return set(ConfigKey.DISABLE_ROOT, disabled);
    }

    /**
     * Whether existing SSH host keys are deleted.
     *
     * @param delete true to delete
     * @return this builder
     */
    public Builder sshDeletekeys(boolean delete) {
      return set(ConfigKey.SSH_DELETEKEYS, delete);
    }

    /**
     * Adds a host key to {@code ssh_keys}.
     *
     * @param name e.g. {@code ed25519_private}, {@code ed25519_public}
     * @param key the key text
     * @return this builder
     */
    public Builder sshKey(String name, String key) {
      Map<String, Object> m = new LinkedHashMap<>();
      if (values.get(ConfigKey.SSH_KEYS.key()) instanceof Map<?, ?> old) {
        old.forEach((k, v) -> m.put(String.valueOf(k), v));
      }
      m.put(name, key);
      return set(ConfigKey.SSH_KEYS, m);
    }

    /**
     * Adds a file.
     *
     * @param file the file
     * @return this builder
     */
    public Builder writeFile(WriteFile file) {
      return append(ConfigKey.WRITE_FILES, file.toRaw());
    }

    /**
     * Adds a final-stage command.
     *
     * @param command the command
     * @return this builder
     */
    public Builder runcmd(CloudCommand command) {
      return append(ConfigKey.RUNCMD, command.toRaw());
    }

    /**
     * Adds an early-boot command (runs on every boot: keep it idempotent).
     *
     * @param command the command
     * @return this builder
     */
    public Builder bootcmd(CloudCommand command) {
      return append(ConfigKey.BOOTCMD, command.toRaw());
    }

    /**
     * The short host name.
     *
     * @param name host name
     * @return this builder
     */
    public Builder hostname(String name) {
      return set(ConfigKey.HOSTNAME, name);
    }

    /**
     * The fully qualified domain name.
     *
     * @param name FQDN without trailing dot
     * @return this builder
     */
    public Builder fqdn(String name) {
      return set(ConfigKey.FQDN, name);
    }

    /**
     * Whether the FQDN wins over the host name when both are set.
     *
     * @param prefer true to prefer the FQDN
     * @return this builder
     */
    public Builder preferFqdnOverHostname(boolean prefer) {
      return set(ConfigKey.PREFER_FQDN_OVER_HOSTNAME, prefer);
    }

    /**
     * The time zone.
     *
     * @param zone as in /usr/share/zoneinfo, e.g. {@code Europe/Berlin}
     * @return this builder
     */
    public Builder timezone(String zone) {
      return set(ConfigKey.TIMEZONE, zone);
    }

    /**
     * The locale.
     *
     * @param locale e.g. {@code en_US.UTF-8}
     * @return this builder
     */
    public Builder locale(String locale) {
      return set(ConfigKey.LOCALE, locale);
    }

    /**
     * Adds a mount entry.
     *
     * @param mount the entry
     * @return this builder
     */
    public Builder mount(CloudMount mount) {
      return append(ConfigKey.MOUNTS, mount.toRaw());
    }

    /**
     * The swap file.
     *
     * @param swap the setting
     * @return this builder
     */
    public Builder swap(Swap swap) {
      return set(ConfigKey.SWAP, swap.toRaw());
    }

    /**
     * Partition growing.
     *
     * @param growpart the setting
     * @return this builder
     */
    public Builder growpart(Growpart growpart) {
      return set(ConfigKey.GROWPART, growpart.toRaw());
    }

    /**
     * Whether the root filesystem is resized.
     *
     * @param resize true to resize
     * @return this builder
     */
    public Builder resizeRootfs(boolean resize) {
      return set(ConfigKey.RESIZE_ROOTFS, resize);
    }

    /**
     * Power off or reboot at the end.
     *
     * @param state the setting
     * @return this builder
     */
    public Builder powerState(PowerState state) {
      return set(ConfigKey.POWER_STATE, state.toRaw());
    }

    /**
     * The message logged when cloud-init finishes.
     *
     * @param message text; {@code $UPTIME} etc. are expanded by cloud-init
     * @return this builder
     */
    public Builder finalMessage(String message) {
      return set(ConfigKey.FINAL_MESSAGE, message);
    }

    /**
     * Report to a URL when boot finishes.
     *
     * @param phoneHome the setting
     * @return this builder
     */
    public Builder phoneHome(PhoneHome phoneHome) {
      return set(ConfigKey.PHONE_HOME, phoneHome.toRaw());
    }

    /**
     * Password changes.
     *
     * @param chpasswd the setting
     * @return this builder
     */
    public Builder chpasswd(Chpasswd chpasswd) {
      return set(ConfigKey.CHPASSWD, chpasswd.toRaw());
    }

    /**
     * Random seed.
     *
     * @param seed the setting
     * @return this builder
     */
    public Builder randomSeed(RandomSeed seed) {
      return set(ConfigKey.RANDOM_SEED, seed.toRaw());
    }

    /**
     * Any top-level key with a raw value: maps, lists, strings, numbers, booleans or null. Use it
     * for modules without a typed method; {@link CloudConfig#problems(Target)} reports keys the
     * target does not know.
     *
     * @param key top-level key
     * @param value raw value
     * @return this builder
     */
    public Builder set(String key, Object value) {
      values.put(Objects.requireNonNull(key, "key"), value);
      return this;
    }

    /**
     * Removes a top-level key.
     *
     * @param key the key
     * @return this builder
     */
    public Builder remove(String key) {
      values.remove(key);
      return this;
    }

    /**
     * Builds the document.
     *
     * @return the document
     * @throws io.tankos.core.validation.ValidationException listing every invalid value with its
     *     location (e.g. {@code users[0].name}, {@code write_files[2].permissions})
     */
    public CloudConfig build() {
      Problems problems = new Problems();
      Map<String, Object> copy = new LinkedHashMap<>(values.size() * 4 / 3 + 1); // one table
      for (Map.Entry<String, Object> e : values.entrySet()) {
        ConfigKey typed = ConfigKey.find(e.getKey());
        copy.put(e.getKey(), typed != null
            ? Raw.copyEntry(typed.at(), e.getKey(), e.getValue(), problems, CHECKED_USER)
            : Raw.copyEntry(e.getKey(), e.getValue(), problems, CHECKED_USER));
      }
      CloudConfigChecker.check(copy, null, null, problems, YamlLines.none());
      problems.throwIfAny();
      return new CloudConfig(Collections.unmodifiableMap(copy));
    }
  }
}
