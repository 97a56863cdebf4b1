package io.tankos.cloudinit.internal;

import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.Profile;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the values of the modules tankos types (users, groups, write_files, runcmd, mounts, …) in
 * a raw cloud-config tree, plus the version's schema keys and the profile's rejected modules.
 * Every problem names its location, e.g. {@code users[0].name} or {@code write_files[2].permissions}.
 * Secrets (password hashes) are never quoted in messages.
 */
public final class CloudConfigChecker {
  /** Linux user and group names as useradd's default NAME_REGEX (Debian), at most 32 characters. */
  public static final Pattern NAME = Pattern.compile("^[a-z_][a-z0-9_-]{0,30}[a-z0-9_$-]?$");

  /** A sudoers rule after the user: {@code HOSTS = [(RUNAS)] [TAG:]... COMMANDS}. */
  public static final Pattern SUDO_RULE =
      Pattern.compile("^[A-Za-z0-9_.,!*+\\-]+\\s*=\\s*(\\([^()\\n]*\\)\\s*)?"
          + "((NOPASSWD|PASSWD|NOEXEC|EXEC|SETENV|NOSETENV|LOG_INPUT|NOLOG_INPUT|LOG_OUTPUT"
          + "|NOLOG_OUTPUT|MAIL|NOMAIL|FOLLOW|NOFOLLOW|INTERCEPT|NOINTERCEPT)\\s*:\\s*)*"
          + "[^\\s=][^\\n]*$");

  /** Octal permission strings cloud-init decodes with {@code int(value, 8)}. */
  public static final Pattern PERMISSIONS = Pattern.compile("^(0|0o)?[0-7]{3,4}$");

  /** A host name label. */
  public static final Pattern HOSTNAME =
      Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$");

  /** A crypt(3) password hash. */
  public static final Pattern PASSWORD_HASH = Pattern.compile("^\\$[0-9a-z]+\\$[^\\s:]+$");

  private static final Set<String> ENCODINGS =
      Set.of("gz", "gzip", "gz+base64", "gzip+base64", "gz+b64", "gzip+b64", "b64", "base64",
          "text/plain");
  private static final Set<String> BOOLEAN_KEYS =
      Set.of("ssh_pwauth", "disable_root", "ssh_deletekeys", "prefer_fqdn_over_hostname",
          "preserve_hostname", "ssh_quiet_keygen", "allow_public_ssh_keys", "manage_etc_hosts_bool");
  private static final Set<String> STRING_KEYS =
      Set.of("hostname", "fqdn", "timezone", "final_message");
  private static final Pattern SSH_KEY_NAME =
      Pattern.compile("^(rsa|dsa|ecdsa|ed25519)_(private|public|certificate)$");

  private final CloudInitVersion version;
  private final Profile profile;
  private final Problems problems;

  private CloudConfigChecker(CloudInitVersion version, Profile profile, Problems problems) {
    this.version = version;
    this.profile = profile;
    this.problems = problems;
  }

  /**
   * Checks a cloud-config tree.
   *
   * @param root the top-level mapping
   * @param version the target version, or null for checks every version shares
   * @param profile the target profile, or null for none
   * @param problems where problems go
   */
  public static void check(Map<?, ?> root, CloudInitVersion version, Profile profile,
      Problems problems) {
    new CloudConfigChecker(version, profile, problems).root(root);
  }

  private void root(Map<?, ?> root) {
    for (Map.Entry<?, ?> e : root.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        problems.add(Location.of(String.valueOf(e.getKey())),
            "top-level key " + e.getKey() + " is a " + Raw.typeName(e.getKey())
                + ", not a string (quote it)");
        continue;
      }
      Location at = Location.of(key);
      Object v = e.getValue();
      if (version != null && !version.schemaKeys().contains(key)) {
        problems.add(at, version.rejectsUnknownKeys()
            ? "cloud-init " + version.label() + " rejects this unknown key"
            : "unknown to cloud-init " + version.label() + ", which ignores it");
      }
      if (profile != null) {
        profile.rejection(key).ifPresent(
            why -> problems.add(at, "not allowed on a " + profile.name().toLowerCase(java.util.Locale.ROOT)
                + " system: " + why));
      }
      if (BOOLEAN_KEYS.contains(key)) {
        bool(v, at);
      } else if (STRING_KEYS.contains(key)) {
        string(v, at);
      }
      switch (key) {
        case "users" -> users(v, at);
        case "groups" -> groups(v, at);
        case "ssh_authorized_keys" -> stringList(v, at, true);
        case "ssh_keys" -> sshKeys(v, at);
        case "write_files" -> writeFiles(v, at);
        case "runcmd", "bootcmd" -> commands(v, at);
        case "hostname" -> hostname(v, at);
        case "fqdn" -> fqdn(v, at);
        case "mounts" -> mounts(v, at);
        case "swap" -> swap(v, at);
        case "power_state" -> powerState(v, at);
        case "growpart" -> growpart(v, at);
        case "resize_rootfs" -> resizeRootfs(v, at);
        case "phone_home" -> phoneHome(v, at);
        case "chpasswd" -> chpasswd(v, at);
        case "random_seed" -> randomSeed(v, at);
        case "locale" -> locale(v, at);
        default -> { }
      }
    }
  }

  private void users(Object v, Location at) {
    if (v instanceof String) {
      return;
    }
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        userName(e.getKey(), at.child(String.valueOf(e.getKey())));
      }
      return;
    }
    if (!(v instanceof List<?> list)) {
      problems.add(at, "must be a list of users, not a " + Raw.typeName(v));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      Object u = list.get(i);
      Location ui = at.index(i);
      if ("default".equals(u)) {
        continue;
      }
      if (u instanceof String s) {
        userName(s, ui);
      } else if (u instanceof List<?> names) {
        for (int j = 0; j < names.size(); j++) {
          userName(names.get(j), ui.index(j));
        }
      } else if (u instanceof Map<?, ?> m) {
        user(m, ui);
      } else {
        problems.add(ui, "must be 'default', a user name or a mapping, not a " + Raw.typeName(u));
      }
    }
  }

  private void user(Map<?, ?> m, Location at) {
    if (!m.containsKey("name")) {
      problems.add(at.child("name"), "is required (cloud-init skips users without a name)");
    } else {
      userName(m.get("name"), at.child("name"));
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String key = String.valueOf(e.getKey());
      Location f = at.child(key);
      Object v = e.getValue();
      switch (key) {
        case "gecos", "primary_group", "selinux_user", "expiredate", "snapuser" -> string(v, f);
        case "groups" -> userGroups(v, f);
        case "sudo" -> sudo(v, f);
        case "shell", "homedir" -> absolutePath(v, f);
        case "lock_passwd", "system", "no_create_home", "no_user_group", "no_log_init",
            "create_groups", "inactive_bool" -> bool(v, f);
        case "passwd", "hashed_passwd" -> passwordHash(v, f);
        case "ssh_authorized_keys" -> stringList(v, f, true);
        case "uid" -> nonNegativeInteger(v, f);
        default -> { }
      }
    }
  }

  private void userName(Object v, Location at) {
    if (!(v instanceof String s)) {
      problems.add(at, "must be a string, not a " + Raw.typeName(v));
    } else if (!NAME.matcher(s).matches()) {
      problems.add(at, "'" + s + "' is not a valid user name"
          + " (lower-case letter or '_' first, then letters, digits, '_' or '-'; at most 32)");
    }
  }

  private void groupName(Object v, Location at) {
    if (!(v instanceof String s)) {
      problems.add(at, "must be a string, not a " + Raw.typeName(v));
    } else if (!NAME.matcher(s).matches()) {
      problems.add(at, "'" + s + "' is not a valid group name");
    }
  }

  private void userGroups(Object v, Location at) {
    if (v instanceof String s) {
      String[] parts = s.split(",", -1);
      for (int i = 0; i < parts.length; i++) {
        groupName(parts[i].trim(), at);
      }
    } else if (v instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        groupName(l.get(i), at.index(i));
      }
    } else if (!(v instanceof Map)) {
      problems.add(at, "must be a comma-separated string or a list of group names");
    }
  }

  private void sudo(Object v, Location at) {
    if (v == null) {
      return;
    }
    if (Boolean.FALSE.equals(v)) {
      problems.add(at, "sudo: false is deprecated since cloud-init 22.2; omit the key");
      return;
    }
    if (v instanceof String s) {
      sudoRule(s, at);
    } else if (v instanceof List<?> l) {
      if (version != null && !version.acceptsSudoList()) {
        problems.add(at, "cloud-init " + version.label()
            + " accepts sudo only as one rule (a string); a list of rules needs cloud-init 25.1");
      }
      for (int i = 0; i < l.size(); i++) {
        if (l.get(i) instanceof String s) {
          sudoRule(s, at.index(i));
        } else {
          problems.add(at.index(i), "must be a sudo rule string, not a " + Raw.typeName(l.get(i)));
        }
      }
    } else {
      problems.add(at, "must be a sudo rule string or null, not a " + Raw.typeName(v));
    }
  }

  private void sudoRule(String s, Location at) {
    if (!SUDO_RULE.matcher(s).matches()) {
      problems.add(at, "'" + s + "' is not a sudoers rule (HOSTS=(RUNAS) [TAG:] COMMANDS,"
          + " e.g. ALL=(ALL) NOPASSWD:ALL)");
    }
  }

  private void passwordHash(Object v, Location at) {
    if (!(v instanceof String s)) {
      problems.add(at, "must be a string, not a " + Raw.typeName(v));
    } else if (!PASSWORD_HASH.matcher(s).matches()) {
      problems.add(at, "must be a crypt(3) hash such as the output of"
          + " 'mkpasswd --method=SHA-512' (the value is not shown)");
    }
  }

  private void groups(Object v, Location at) {
    if (v instanceof String s) {
      for (String g : s.split(",", -1)) {
        groupName(g.trim(), at);
      }
      return;
    }
    if (v instanceof Map<?, ?> m) {
      groupMap(m, at);
      return;
    }
    if (!(v instanceof List<?> l)) {
      problems.add(at, "must be a list of groups, not a " + Raw.typeName(v));
      return;
    }
    for (int i = 0; i < l.size(); i++) {
      Object g = l.get(i);
      if (g instanceof Map<?, ?> m) {
        groupMap(m, at.index(i));
      } else {
        groupName(g, at.index(i));
      }
    }
  }

  private void groupMap(Map<?, ?> m, Location at) {
    for (Map.Entry<?, ?> e : m.entrySet()) {
      Location g = at.child(String.valueOf(e.getKey()));
      groupName(e.getKey(), g);
      Object members = e.getValue();
      if (members instanceof String s) {
        for (String u : s.split(",", -1)) {
          userName(u.trim(), g);
        }
      } else if (members instanceof List<?> l) {
        for (int j = 0; j < l.size(); j++) {
          userName(l.get(j), g.index(j));
        }
      } else if (members != null) {
        problems.add(g, "members must be a list of user names");
      }
    }
  }

  private void sshKeys(Object v, Location at) {
    if (!(v instanceof Map<?, ?> m)) {
      problems.add(at, "must be a mapping of key names to keys");
      return;
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String k = String.valueOf(e.getKey());
      Location f = at.child(k);
      if (!SSH_KEY_NAME.matcher(k).matches()) {
        problems.add(f, "is not a host key name (TYPE_private, TYPE_public or TYPE_certificate)");
      } else if (k.startsWith("dsa_") && version != null && !version.acceptsDsaKeys()) {
        problems.add(f, "cloud-init " + version.label() + " does not accept DSA host keys");
      }
      string(e.getValue(), f);
    }
  }

  private void writeFiles(Object v, Location at) {
    if (!(v instanceof List<?> l)) {
      problems.add(at, "must be a list of files, not a " + Raw.typeName(v));
      return;
    }
    for (int i = 0; i < l.size(); i++) {
      Location fi = at.index(i);
      if (!(l.get(i) instanceof Map<?, ?> m)) {
        problems.add(fi, "must be a mapping with at least 'path'");
        continue;
      }
      if (!m.containsKey("path")) {
        problems.add(fi.child("path"), "is required");
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String key = String.valueOf(e.getKey());
        Location f = fi.child(key);
        Object fv = e.getValue();
        switch (key) {
          case "path" -> absolutePath(fv, f);
          case "content" -> {
            if (!(fv instanceof String) && !(fv instanceof byte[]) && fv != null) {
              problems.add(f, "must be a string, not a " + Raw.typeName(fv));
            }
          }
          case "encoding" -> {
            if (!(fv instanceof String s) || !ENCODINGS.contains(s)) {
              problems.add(f, "must be one of text/plain, b64, base64, gz, gzip, gz+b64,"
                  + " gz+base64, gzip+b64, gzip+base64");
            }
          }
          case "owner" -> owner(fv, f);
          case "permissions" -> permissions(fv, f);
          case "append", "defer" -> bool(fv, f);
          case "source" -> {
            if (version != null && !version.acceptsWriteFileSource()) {
              problems.add(f, "cloud-init " + version.label()
                  + " does not know write_files source (added in 24.x); write the content instead");
            }
          }
          default -> {
            if (version != null) {
              problems.add(f, "cloud-init " + version.label() + " rejects this unknown key");
            }
          }
        }
      }
    }
  }

  private void owner(Object v, Location at) {
    if (!(v instanceof String s)) {
      problems.add(at, "must be a string USER[:GROUP], not a " + Raw.typeName(v));
      return;
    }
    String[] parts = s.split(":", -1);
    if (parts.length > 2 || !NAME.matcher(parts[0]).matches()
        || (parts.length == 2 && !NAME.matcher(parts[1]).matches())) {
      problems.add(at, "'" + s + "' is not USER or USER:GROUP");
    }
  }

  private void permissions(Object v, Location at) {
    if (v instanceof String s) {
      if (!PERMISSIONS.matcher(s).matches()) {
        problems.add(at, "'" + s + "' is not an octal mode such as '0644'");
      }
    } else {
      problems.add(at, "must be an octal string such as '0644', not a " + Raw.typeName(v)
          + (v instanceof Integer ? " (an unquoted 0644 is read as the integer 420)" : ""));
    }
  }

  private void commands(Object v, Location at) {
    if (!(v instanceof List<?> l)) {
      problems.add(at, "must be a list of commands, not a " + Raw.typeName(v));
      return;
    }
    for (int i = 0; i < l.size(); i++) {
      Object c = l.get(i);
      Location ci = at.index(i);
      if (c instanceof List<?> argv) {
        if (argv.isEmpty()) {
          problems.add(ci, "an argv list must not be empty");
        }
        for (int j = 0; j < argv.size(); j++) {
          if (!(argv.get(j) instanceof String)) {
            problems.add(ci.index(j), "must be a string, not a " + Raw.typeName(argv.get(j))
                + " (quote it)");
          }
        }
      } else if (!(c instanceof String) && c != null) {
        problems.add(ci, "must be a shell string or an argv list, not a " + Raw.typeName(c));
      }
    }
  }

  private void hostname(Object v, Location at) {
    if (v instanceof String s && !HOSTNAME.matcher(s).matches()) {
      problems.add(at, "'" + s + "' is not a host name (letters, digits and '-', at most 63;"
          + " put a dotted name in fqdn)");
    }
  }

  private void fqdn(Object v, Location at) {
    if (!(v instanceof String s)) {
      return;
    }
    String[] labels = s.split("\\.", -1);
    boolean ok = s.length() <= 253 && labels.length >= 1;
    for (String label : labels) {
      ok &= HOSTNAME.matcher(label).matches();
    }
    if (!ok) {
      problems.add(at, "'" + s + "' is not a fully qualified domain name"
          + " (dot-separated labels, no trailing dot)");
    }
  }

  private void mounts(Object v, Location at) {
    if (!(v instanceof List<?> l)) {
      problems.add(at, "must be a list of mount entries, not a " + Raw.typeName(v));
      return;
    }
    for (int i = 0; i < l.size(); i++) {
      Location mi = at.index(i);
      if (!(l.get(i) instanceof List<?> fields)) {
        problems.add(mi, "must be a list of up to 6 strings");
        continue;
      }
      if (fields.isEmpty() || fields.size() > 6) {
        problems.add(mi, "must have 1 to 6 fields, not " + fields.size());
      }
      for (int j = 0; j < fields.size(); j++) {
        Object f = fields.get(j);
        if (f != null && !(f instanceof String)) {
          problems.add(mi.index(j), "must be a string, not a " + Raw.typeName(f) + " (quote it)");
        }
      }
    }
  }

  private void swap(Object v, Location at) {
    if (!(v instanceof Map<?, ?> m)) {
      problems.add(at, "must be a mapping with filename, size and maxsize");
      return;
    }
    if (m.containsKey("filename")) {
      absolutePath(m.get("filename"), at.child("filename"));
    }
    for (String k : List.of("size", "maxsize")) {
      if (m.containsKey(k)) {
        Object s = m.get(k);
        if (!(s instanceof Integer || s instanceof Long || s instanceof String)) {
          problems.add(at.child(k), "must be a number of bytes, 'auto' or a size such as '2G'");
        }
      }
    }
  }

  private void powerState(Object v, Location at) {
    if (!(v instanceof Map<?, ?> m)) {
      problems.add(at, "must be a mapping with at least 'mode'");
      return;
    }
    Object mode = m.get("mode");
    if (!(mode instanceof String s && Set.of("poweroff", "reboot", "halt").contains(s))) {
      problems.add(at.child("mode"), "must be poweroff, reboot or halt");
    }
    if (m.containsKey("delay")) {
      Object d = m.get("delay");
      if (!("now".equals(d) || isInteger(d) && ((Number) d).longValue() >= 0)) {
        problems.add(at.child("delay"), "must be 'now' or a number of minutes"
            + " (strings other than 'now' are deprecated since 22.3)");
      }
    }
    if (m.containsKey("timeout")) {
      nonNegativeInteger(m.get("timeout"), at.child("timeout"));
    }
    if (m.containsKey("message")) {
      string(m.get("message"), at.child("message"));
    }
  }

  private void growpart(Object v, Location at) {
    if (!(v instanceof Map<?, ?> m)) {
      problems.add(at, "must be a mapping");
      return;
    }
    if (m.containsKey("mode")) {
      Object mode = m.get("mode");
      if (!(Boolean.FALSE.equals(mode)
          || mode instanceof String s && Set.of("auto", "growpart", "gpart", "off").contains(s))) {
        problems.add(at.child("mode"), "must be auto, growpart, gpart or off");
      }
    }
    if (m.containsKey("devices")) {
      stringList(m.get("devices"), at.child("devices"), false);
    }
    if (m.containsKey("ignore_growroot_disabled")) {
      bool(m.get("ignore_growroot_disabled"), at.child("ignore_growroot_disabled"));
    }
  }

  private void resizeRootfs(Object v, Location at) {
    if (!(v instanceof Boolean || "noblock".equals(v))) {
      problems.add(at, "must be true, false or 'noblock'");
    }
  }

  private void phoneHome(Object v, Location at) {
    if (!(v instanceof Map<?, ?> m)) {
      problems.add(at, "must be a mapping with 'url'");
      return;
    }
    if (!(m.get("url") instanceof String)) {
      problems.add(at.child("url"), "is required and must be a string");
    }
    Object post = m.get("post");
    if (post != null && !"all".equals(post)) {
      stringList(post, at.child("post"), false);
    }
    if (m.containsKey("tries")) {
      nonNegativeInteger(m.get("tries"), at.child("tries"));
    }
  }

  private void chpasswd(Object v, Location at) {
    if (!(v instanceof Map<?, ?> m)) {
      problems.add(at, "must be a mapping");
      return;
    }
    if (m.containsKey("expire")) {
      bool(m.get("expire"), at.child("expire"));
    }
    if (m.containsKey("list")) {
      problems.add(at.child("list"), "is deprecated since cloud-init 22.2; use chpasswd.users");
    }
    Object users = m.get("users");
    if (users == null) {
      return;
    }
    if (!(users instanceof List<?> l)) {
      problems.add(at.child("users"), "must be a list");
      return;
    }
    for (int i = 0; i < l.size(); i++) {
      Location ui = at.child("users").index(i);
      if (!(l.get(i) instanceof Map<?, ?> u)) {
        problems.add(ui, "must be a mapping with name and password or type: RANDOM");
        continue;
      }
      userName(u.get("name"), ui.child("name"));
      Object type = u.get("type");
      if (type != null && !Set.of("hash", "text", "RANDOM").contains(type)) {
        problems.add(ui.child("type"), "must be hash, text or RANDOM");
      }
      if (!"RANDOM".equals(type) && !(u.get("password") instanceof String)) {
        problems.add(ui.child("password"), "is required unless type is RANDOM");
      }
    }
  }

  private void randomSeed(Object v, Location at) {
    if (!(v instanceof Map<?, ?> m)) {
      problems.add(at, "must be a mapping");
      return;
    }
    if (m.containsKey("file")) {
      absolutePath(m.get("file"), at.child("file"));
    }
    if (m.containsKey("encoding")) {
      Object e = m.get("encoding");
      if (!Set.of("raw", "base64", "b64", "gzip", "gz").contains(e)) {
        problems.add(at.child("encoding"), "must be raw, base64, b64, gzip or gz");
      }
    }
    if (m.containsKey("command")) {
      stringList(m.get("command"), at.child("command"), false);
    }
    if (m.containsKey("command_required")) {
      bool(m.get("command_required"), at.child("command_required"));
    }
  }

  private void locale(Object v, Location at) {
    if (!(v instanceof String) && !Boolean.FALSE.equals(v)) {
      problems.add(at, "must be a locale name such as en_US.UTF-8");
    } else if (Boolean.FALSE.equals(v) && version == CloudInitVersion.V22_4) {
      problems.add(at, "cloud-init 22.4 accepts locale only as a string");
    }
  }

  private void absolutePath(Object v, Location at) {
    if (!(v instanceof String s)) {
      problems.add(at, "must be a string, not a " + Raw.typeName(v));
    } else if (!s.startsWith("/") || s.indexOf('\0') >= 0 || s.indexOf('\n') >= 0) {
      problems.add(at, "'" + s + "' is not an absolute path");
    }
  }

  private void stringList(Object v, Location at, boolean singleLine) {
    if (!(v instanceof List<?> l)) {
      problems.add(at, "must be a list of strings, not a " + Raw.typeName(v));
      return;
    }
    for (int i = 0; i < l.size(); i++) {
      Object s = l.get(i);
      if (!(s instanceof String str)) {
        problems.add(at.index(i), "must be a string, not a " + Raw.typeName(s));
      } else if (singleLine && (str.indexOf('\n') >= 0 || str.indexOf('\r') >= 0)) {
        problems.add(at.index(i), "must be one line");
      }
    }
  }

  private void string(Object v, Location at) {
    if (!(v instanceof String)) {
      problems.add(at, "must be a string, not a " + Raw.typeName(v));
    }
  }

  private void bool(Object v, Location at) {
    if (!(v instanceof Boolean)) {
      problems.add(at, "must be true or false, not a " + Raw.typeName(v));
    }
  }

  private void nonNegativeInteger(Object v, Location at) {
    if (!isInteger(v) || ((Number) v).longValue() < 0) {
      problems.add(at, "must be a non-negative integer, not " + describe(v));
    }
  }

  private static boolean isInteger(Object v) {
    return v instanceof Integer || v instanceof Long || v instanceof BigInteger;
  }

  private static String describe(Object v) {
    return Optional.ofNullable(v).map(x -> "a " + Raw.typeName(x)).orElse("null");
  }
}
