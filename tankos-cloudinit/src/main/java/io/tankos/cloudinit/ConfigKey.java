package io.tankos.cloudinit;

import io.tankos.cloudinit.internal.Checks;
import io.tankos.cloudinit.internal.Raw;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The top-level keys tankos types, each named once and with the check of the class that owns it;
 * {@link CloudConfigChecker} dispatches over them, the builder writes them, and a test holds
 * every one against the schema keys of each version.
 */
enum ConfigKey {
  USERS("users", CloudUser::checkUsers),
  GROUPS("groups", CloudGroups::check),
  SSH_AUTHORIZED_KEYS("ssh_authorized_keys", SshModule::authorizedKeys),
  SSH_KEYS("ssh_keys", SshModule::hostKeys),
  SSH_PWAUTH("ssh_pwauth", ConfigKey::bool),
  DISABLE_ROOT("disable_root", ConfigKey::bool),
  SSH_DELETEKEYS("ssh_deletekeys", ConfigKey::bool),
  SSH_QUIET_KEYGEN("ssh_quiet_keygen", ConfigKey::bool),
  ALLOW_PUBLIC_SSH_KEYS("allow_public_ssh_keys", ConfigKey::bool),
  WRITE_FILES("write_files", WriteFile::checkAll),
  RUNCMD("runcmd", CloudCommand::checkRuncmd),
  BOOTCMD("bootcmd", CloudCommand::checkBootcmd),
  HOSTNAME("hostname", HostNames::hostname),
  FQDN("fqdn", HostNames::fqdn),
  PREFER_FQDN_OVER_HOSTNAME("prefer_fqdn_over_hostname", ConfigKey::bool),
  PRESERVE_HOSTNAME("preserve_hostname", ConfigKey::bool),
  TIMEZONE("timezone", ConfigKey::string),
  LOCALE("locale", ConfigKey::locale),
  MOUNTS("mounts", CloudMount::checkAll),
  SWAP("swap", Swap::check),
  GROWPART("growpart", Growpart::check),
  RESIZE_ROOTFS("resize_rootfs", ConfigKey::resizeRootfs),
  POWER_STATE("power_state", PowerState::check),
  FINAL_MESSAGE("final_message", ConfigKey::string),
  PHONE_HOME("phone_home", PhoneHome::check),
  CHPASSWD("chpasswd", Chpasswd::check),
  RANDOM_SEED("random_seed", RandomSeed::check);

  /** The check of one key's value. */
  interface Check {
    void check(Object value, Location at, Checks checks);
  }

  private static final Map<String, ConfigKey> BY_KEY = new HashMap<>();

  static {
    for (ConfigKey k : values()) {
      BY_KEY.put(k.key, k);
    }
  }

  private final String key;
  private final Check check;
  /** Where the key's value is, made once: a check of every document names it. */
  private final Location at;

  ConfigKey(String key, Check check) {
    this.key = key;
    this.check = check;
    this.at = Location.ROOT.child(key);
  }

  /** The key as written in cloud-config. */
  String key() {
    return key;
  }

  /** The location of the key's value, {@code Location.ROOT.child(key())}. */
  Location at() {
    return at;
  }

  /** The typed key for a written key. */
  static Optional<ConfigKey> of(String key) {
    return Optional.ofNullable(find(key));
  }

  /** The typed key for a written key, or null. */
  static ConfigKey find(String key) {
    return BY_KEY.get(key);
  }

  void check(Object value, Location at, Checks checks) {
    check.check(value, at, checks);
  }

  /**
   * Refuses a value made for this key on its own (a module record) unless it passes the key's
   * check with the rules every version shares; problems are reported at the key.
   *
   * @param value the raw value the record writes
   * @throws io.tankos.core.validation.ValidationException listing every problem
   */
  void require(Object value) {
    Problems problems = new Problems();
    Location at = Location.of(key);
    Object copy = Raw.copy(value, at, problems);
    check(copy, at, Checks.of(null, problems));
    problems.throwIfAny();
  }

  private static void bool(Object v, Location at, Checks c) {
    c.bool(v, at);
  }

  private static void string(Object v, Location at, Checks c) {
    c.string(v, at);
  }

  private static void resizeRootfs(Object v, Location at, Checks c) {
    if (!(v instanceof Boolean || "noblock".equals(v))) {
      c.add(at, "must be true, false or 'noblock'");
    }
  }

  private static void locale(Object v, Location at, Checks c) {
    if (!(v instanceof String) && !Boolean.FALSE.equals(v)) {
      c.add(at, "must be a locale name such as en_US.UTF-8");
    } else if (Boolean.FALSE.equals(v)) {
      c.lacking(version -> version == CloudInitVersion.V22_4, at, "accepts locale only as a string");
    }
  }
}
