package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.cloudinit.internal.ReusedMatchers;
import io.tankos.cloudinit.internal.SchemaKeys;
import io.tankos.cloudinit.internal.SshPublicKeys;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
  private static final String NAME = "name";
  private static final String GECOS = "gecos";
  private static final String PRIMARY_GROUP = "primary_group";
  private static final String GROUPS = "groups";
  private static final String SUDO = "sudo";
  private static final String SHELL = "shell";
  private static final String HOMEDIR = "homedir";
  private static final String LOCK_PASSWD = "lock_passwd";
  private static final String PASSWD = "passwd";
  private static final String HASHED_PASSWD = "hashed_passwd";
  private static final String PLAIN_TEXT_PASSWD = "plain_text_passwd";
  private static final String SSH_AUTHORIZED_KEYS = ConfigKey.SSH_AUTHORIZED_KEYS.key();
  private static final String UID = "uid";
  private static final String SYSTEM = "system";
  private static final String NO_CREATE_HOME = "no_create_home";
  private static final String SNAPUSER = "snapuser";
  private static final String EXPIREDATE = "expiredate";
  private static final Set<String> STRINGS = Set.of(GECOS, PRIMARY_GROUP, "selinux_user", "inactive");
  private static final Set<String> BOOLEANS = Set.of(LOCK_PASSWD, "lock-passwd", SYSTEM, NO_CREATE_HOME,
      "no_user_group", "no_log_init", "create_groups", "ssh_redirect_user");
  private static final Set<String> STRING_LISTS = Set.of("ssh_import_id", "doas");

  /**
   * A sudoers rule after the user: {@code HOSTS = [(RUNAS)] [TAG:]... COMMANDS}. The tags are
   * bounded (Java's regex recurses once per repetition; more tags are read as the command, as a
   * backtracking match would read the last one), so a rule of 20,000 tags does not overflow it.
   */
  private static final Pattern SUDO_RULE =
      Pattern.compile("^[A-Za-z0-9_.,!*+\\-]+\\s*=\\s*(\\([^()\\n]*\\)\\s*)?"
          + "((NOPASSWD|PASSWD|NOEXEC|EXEC|SETENV|NOSETENV|LOG_INPUT|NOLOG_INPUT|LOG_OUTPUT"
          + "|NOLOG_OUTPUT|MAIL|NOMAIL|FOLLOW|NOFOLLOW|INTERCEPT|NOINTERCEPT)\\s*:\\s*){0,64}"
          + "[^\\s=][^\\n]*$");

  /** The fields a user has in some cloud-init version tankos knows. */
  private static final Set<String> ANY_VERSION_FIELDS = anyVersionFields();

  /** Where a user built on its own reports problems: the key's path without an index. */
  private static final Location AT = Location.of(ConfigKey.USERS.key());
  /** How deep a user's keys are in a cloud-config: {@code users}, the user, its key list. */
  private static final int KEY_DEPTH = 2;

  /** {@code users[0]} to {@code users[3]} in a cloud-config, made once: every check names them. */
  private static final Location[] USERS_AT = {ConfigKey.USERS.at().index(0),
      ConfigKey.USERS.at().index(1), ConfigKey.USERS.at().index(2), ConfigKey.USERS.at().index(3)};

  /** The location of each field of {@link #AT}, made once: every build checks every field. */
  private static final Map<String, Location> AT_FIELDS = fieldLocations();

  private final Map<String, Object> fields;

  private CloudUser(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * The checks {@link Builder#build()} makes of a user's SSH keys, for a caller that has keys but
   * builds no user (a machine's provisioning): first whether each can be written where a user's
   * keys are (no lone surrogate, no line too long for PyYAML), then, when all can, each as an
   * OpenSSH public key line, a private key refused without showing it.
   *
   * <pre>{@code
   * Problems p = new Problems();
   * boolean ok = CloudUser.checkSshAuthorizedKeys(keys, Location.of("Provisioning.sshAuthorizedKeys"), p);
   * }</pre>
   *
   * @param keys the keys, each one line of authorized_keys
   * @param at where the list is: a key's problem is at {@code at[i]}
   * @param problems where problems go
   * @return whether every key passed
   * @throws NullPointerException naming {@code at[i]} when a key is null
   */
  public static boolean checkSshAuthorizedKeys(List<String> keys, Location at, Problems problems) {
    boolean written = true;
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i) == null) {
        throw new NullPointerException(at.index(i) + " is null");
      }
      written &= Raw.checkElement(keys.get(i), at, i, KEY_DEPTH, problems);
    }
    if (!written) {
      return false; // as build(): the checks of the entry run on a copy that has no problem
    }
    int before = problems.list().size();
    for (int i = 0; i < keys.size(); i++) {
      SshPublicKeys.check(keys.get(i), at.index(i), problems);
    }
    return problems.list().size() == before;
  }

  /**
   * A builder for a user.
   *
   * @param name the user name
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder().set(NAME, Objects.requireNonNull(name, "name"));
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
    return string(NAME);
  }

  /**
   * The GECOS field.
   *
   * @return the real name, if set
   */
  public Optional<String> gecos() {
    return string(GECOS);
  }

  /**
   * Supplementary groups.
   *
   * @return the group names (a comma-separated string is split)
   */
  public List<String> groups() {
    Object g = fields.get(GROUPS);
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
    Object s = fields.get(SUDO);
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
    return string(SHELL);
  }

  /**
   * Authorized SSH keys.
   *
   * @return the keys
   */
  public List<String> sshAuthorizedKeys() {
    Object s = fields.get(SSH_AUTHORIZED_KEYS);
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
    Object u = fields.get(UID);
    return u instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
  }

  /**
   * Whether the password is locked ({@code lock_passwd}).
   *
   * @return the flag, if set
   */
  public Optional<Boolean> lockPasswd() {
    Object v = fields.get(LOCK_PASSWD);
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

  /**
   * Checks the value of the top-level {@code users} key: a string, a mapping of names, or a list of
   * {@code default}, names, name lists and user entries.
   */
  static void checkUsers(Object v, Location at, Checks c) {
    if (v instanceof String) {
      return;
    }
    if (v instanceof Map<?, ?> m) {
      m.keySet().forEach(k -> c.userName(k, at.child(String.valueOf(k))));
      return;
    }
    if (!(v instanceof List<?> list)) {
      c.add(at, "must be a list of users, not " + Raw.aTypeName(v));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      Object u = list.get(i);
      Location ui = at == ConfigKey.USERS.at() && i < USERS_AT.length ? USERS_AT[i] : at.index(i);
      if (u instanceof String s) {
        if (!"default".equals(s)) {
          c.userName(s, ui);
        }
      } else if (u instanceof List<?> names) {
        for (int j = 0; j < names.size(); j++) {
          c.userName(names.get(j), ui.index(j));
        }
      } else if (u instanceof Map<?, ?> m) {
        entry(m, ui, c);
      } else {
        c.add(ui, "must be 'default', a user name or a mapping, not " + Raw.aTypeName(u));
      }
    }
  }

  private static void entry(Map<?, ?> m, Location at, Checks c) {
    // a built user passed these rules without a version when it was built: only what a version
    // adds (its fields, sudo lists) can find something now
    boolean built = m instanceof CheckedUserFields;
    if (built && c.version() == null) {
      return;
    }
    if (!m.containsKey(NAME)) {
      c.add(fieldAt(at, NAME), "is required (cloud-init skips users without a name)");
    }
    Set<String> known = knownFields(c.version());
    // forEach, not an entry iterator: an unmodifiable map's iterator wraps every entry it returns
    m.forEach((k, v) -> {
      String key = String.valueOf(k);
      if (!known.contains(key)) {
        c.add(fieldAt(at, key), c.version() == null ? "is not a field of a cloud-init user"
            : "is not a field of a user in cloud-init " + c.version().label());
      } else if (built) {
        if (key.equals(SUDO) && v instanceof List) {
          sudoList(fieldAt(at, key), c);
        }
      } else if (STRINGS.contains(key)) {
        c.string(v, fieldAt(at, key));
      } else if (BOOLEANS.contains(key)) {
        c.bool(v, fieldAt(at, key));
      } else if (STRING_LISTS.contains(key)) {
        c.stringList(v, fieldAt(at, key), 1);
      } else {
        field(key, v, fieldAt(at, key), c);
      }
    });
  }

  private static void field(String key, Object v, Location f, Checks c) {
    switch (key) {
      case NAME -> c.userName(v, f);
      case GROUPS -> groups(v, f, c);
      case SUDO -> sudo(v, f, c);
      case SHELL, HOMEDIR -> c.absolutePath(v, f);
      case PASSWD, HASHED_PASSWD -> c.passwordHash(v, f);
      case PLAIN_TEXT_PASSWD -> c.add(f, "would put a clear-text password into user-data;"
          + " give a hash in passwd or hashed_passwd (the value is not shown)");
      case UID -> c.nonNegativeInteger(v, f);
      case EXPIREDATE -> expiredate(v, f, c);
      case SNAPUSER -> c.add(f, "cannot be combined with name (cloud-init takes one of them)");
      default -> {
        if (key.equals(SSH_AUTHORIZED_KEYS)) {
          SshModule.authorizedKeys(v, f, c);
        }
      }
    }
  }

  private static Map<String, Location> fieldLocations() {
    Map<String, Location> m = new HashMap<>();
    ANY_VERSION_FIELDS.forEach(f -> m.put(f, AT.child(f)));
    return Map.copyOf(m);
  }

  /** {@code at.child(key)}, made once for a user built on its own. */
  private static Location fieldAt(Location at, String key) {
    Location made = at == AT ? AT_FIELDS.get(key) : null;
    return made != null ? made : at.child(key);
  }

  private static Set<String> knownFields(CloudInitVersion version) {
    return version != null ? SchemaKeys.userFields(version.label()) : ANY_VERSION_FIELDS;
  }

  private static Set<String> anyVersionFields() {
    Set<String> all = new HashSet<>();
    for (CloudInitVersion v : CloudInitVersion.values()) {
      all.addAll(SchemaKeys.userFields(v.label()));
    }
    return Set.copyOf(all);
  }

  private static void groups(Object v, Location at, Checks c) {
    if (v instanceof String s) {
      for (String part : s.split(",", -1)) {
        c.groupName(part.trim(), at);
      }
    } else if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        c.add(at, "must have at least 1 group");
      }
      for (int i = 0; i < l.size(); i++) {
        c.groupName(l.get(i), at.index(i));
      }
    } else if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Location g = at.child(String.valueOf(e.getKey()));
        c.groupName(e.getKey(), g);
        if (e.getValue() != null) {
          c.add(g, "must be null (the mapping form lists group names as keys)");
        }
      }
    } else {
      c.add(at, "must be a comma-separated string or a list of group names");
    }
  }

  private static void sudo(Object v, Location at, Checks c) {
    if (v == null) {
      return;
    }
    if (Boolean.FALSE.equals(v)) {
      c.add(at, "sudo: false is deprecated since cloud-init 22.2; omit the key");
    } else if (v instanceof String s) {
      sudoRule(s, at, c);
    } else if (v instanceof List<?> l) {
      sudoList(at, c);
      for (int i = 0; i < l.size(); i++) {
        if (l.get(i) instanceof String s) {
          sudoRule(s, at.index(i), c);
        } else {
          c.add(at.index(i), "must be a sudo rule string, not " + Raw.aTypeName(l.get(i)));
        }
      }
    } else {
      c.add(at, "must be a sudo rule string or null, not " + Raw.aTypeName(v));
    }
  }

  /** A list of sudo rules, which the target version may lack. */
  private static void sudoList(Location at, Checks c) {
    c.lacking(version -> !version.acceptsSudoList(), at,
        "accepts sudo only as one rule (a string); a list of rules needs cloud-init 25.1");
  }

  private static void sudoRule(String s, Location at, Checks c) {
    if (!ReusedMatchers.matches(SUDO_RULE, s, 0, s.length())) { // no matcher per rule
      c.add(at, "'" + s + "' is not a sudoers rule (HOSTS=(RUNAS) [TAG:] COMMANDS,"
          + " e.g. ALL=(ALL) NOPASSWD:ALL)");
    }
  }

  private static void expiredate(Object v, Location at, Checks c) {
    if (c.string(v, at)) {
      try {
        LocalDate.parse((String) v);
      } catch (DateTimeParseException e) {
        c.add(at, "'" + v + "' is not a date YYYY-MM-DD");
      }
    }
  }

  /**
   * The value of the top-level {@code users} key in the spelling a version accepts: for a version
   * without sudo lists, a list of exactly one rule becomes that rule (cloud-init applies both the
   * same way).
   *
   * @param users the value
   * @param version the version
   * @return the adapted value, or the same object when nothing changes
   */
  static Object adaptedTo(Object users, CloudInitVersion version) {
    if (version.acceptsSudoList() || !(users instanceof List<?> list)) {
      return users;
    }
    List<Object> adapted = new ArrayList<>();
    boolean changed = false;
    for (Object u : list) {
      if (u instanceof Map<?, ?> m && m.get(SUDO) instanceof List<?> rules && rules.size() == 1
          && rules.get(0) instanceof String rule) {
        Map<Object, Object> copy = new LinkedHashMap<>(m);
        copy.put(SUDO, rule);
        adapted.add(Collections.unmodifiableMap(copy));
        changed = true;
      } else {
        adapted.add(u);
      }
    }
    return changed ? Collections.unmodifiableList(adapted) : users;
  }

  /** Mutable builder; {@link #build()} checks the values. */
  public static final class Builder {
    /** Sized for the few fields most users set (the default table has sixteen slots). */
    private final Map<String, Object> fields = new LinkedHashMap<>(8);
    // room for the one or two items most users have (the default is ten)
    private final List<String> groups = new ArrayList<>(2);
    private final List<String> sudo = new ArrayList<>(2);
    private final List<String> keys = new ArrayList<>(2);

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
      return set(GECOS, gecos);
    }

    /**
     * The primary group.
     *
     * @param group group name
     * @return this builder
     */
    public Builder primaryGroup(String group) {
      return set(PRIMARY_GROUP, group);
    }

    /**
     * Adds supplementary groups.
     *
     * @param names group names
     * @return this builder
     */
    public Builder groups(String... names) {
      for (String n : names) {
        Objects.requireNonNull(n); // as List.of refused a null name, before any is added
      }
      Collections.addAll(groups, names); // no list copy of the names
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
      return set(SHELL, shell);
    }

    /**
     * Whether password login is locked.
     *
     * @param lock true to lock
     * @return this builder
     */
    public Builder lockPasswd(boolean lock) {
      return set(LOCK_PASSWD, lock);
    }

    /**
     * The password hash, applied when the user is created.
     *
     * @param hash crypt(3) hash, e.g. from {@code mkpasswd --method=SHA-512 --rounds=500000}
     * @return this builder
     */
    public Builder passwd(String hash) {
      return set(PASSWD, hash);
    }

    /**
     * Adds an authorized SSH key. {@link #build()} refuses anything but an OpenSSH public key line
     * ({@code [options] TYPE BASE64 [comment]}), a private key above all.
     *
     * @param key one line of authorized_keys
     * @return this builder
     */
    public Builder sshAuthorizedKey(String key) {
      keys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    /**
     * Adds the keys of an {@code authorized_keys} or {@code .pub} file: every line that is not
     * blank or a {@code #} comment. A key block (PEM, RFC 4716, PuTTY) is one entry, refused as a
     * whole by {@link #build()}.
     *
     * @param text the file's text
     * @return this builder
     */
    public Builder sshAuthorizedKeys(String text) {
      keys.addAll(SshPublicKeys.entries(Objects.requireNonNull(text, "text")));
      return this;
    }

    /**
     * The uid.
     *
     * @param uid the uid
     * @return this builder
     */
    public Builder uid(int uid) {
      return set(UID, uid);
    }

    /**
     * Whether this is a system user (no home directory).
     *
     * @param system true for a system user
     * @return this builder
     */
    public Builder system(boolean system) {
      return set(SYSTEM, system);
    }

    /**
     * The home directory.
     *
     * @param dir absolute path
     * @return this builder
     */
    public Builder homedir(String dir) {
      return set(HOMEDIR, dir);
    }

    /**
     * Whether to skip creating the home directory.
     *
     * @param value true to skip
     * @return this builder
     */
    public Builder noCreateHome(boolean value) {
      return set(NO_CREATE_HOME, value);
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
     * Builds and checks the entry with the rules every cloud-init version shares (the version's
     * own rules apply when a cloud-config is rendered for a target). A user built on its own
     * reports at {@code users.FIELD}; in a cloud-config at {@code users[N].FIELD}.
     *
     * @return the user
     * @throws io.tankos.core.validation.ValidationException listing every problem: the name rule,
     *     group names, sudo rules, password hashes, absolute shell and home paths, non-negative
     *     uid, OpenSSH public keys, field types, fields no cloud-init version knows
     */
    public CloudUser build() {
      // the builder's lists go in as they are: the copy made in place replaces them; sized for
      // them too, so that the table is made once
      Map<String, Object> m = new LinkedHashMap<>((fields.size() + 3) * 4 / 3 + 1);
      m.putAll(fields);
      if (!groups.isEmpty()) {
        m.put(GROUPS, groups);
      }
      if (sudo.size() == 1) {
        m.put(SUDO, sudo.get(0));
      } else if (sudo.size() > 1) {
        m.put(SUDO, sudo);
      }
      if (!keys.isEmpty()) {
        m.put(SSH_AUTHORIZED_KEYS, keys);
      }
      Problems problems = new Problems();
      Map<String, Object> copy = Raw.copyInPlace(m, AT, problems);
      if (problems.isEmpty()) {
        entry(copy, AT, Checks.of(null, problems));
      }
      problems.throwIfAny();
      return new CloudUser(new CheckedUserFields(copy));
    }
  }
}
