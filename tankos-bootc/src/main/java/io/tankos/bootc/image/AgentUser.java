package io.tankos.bootc.image;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The unprivileged user that runs the agents as rootless Podman: name, UID/GID, home under {@code
 * /var/home}, shell, supplementary groups, subordinate ID range, linger (so its user services start
 * at boot without a login) and sudo policy. {@link #tankOs()} is Tank-OS's {@code openclaw}.
 *
 * <pre>{@code
 * AgentUser user = AgentUser.tankOs().toBuilder().sudo(SudoPolicy.none()).build();
 * AgentUser other = AgentUser.builder("agent").uid(1500).gid(1500).subIds(new SubIdRange(200000, 65536)).build();
 * }</pre>
 */
public final class AgentUser {
  private static final Location AT = Location.of("AgentUser");

  private final String name;
  private final long uid;
  private final long gid;
  private final String gecos;
  private final String home;
  private final String shell;
  private final List<String> groups;
  private final SubIdRange subIds;
  private final boolean linger;
  private final SudoPolicy sudo;

  private AgentUser(Builder b, String home) {
    this.name = b.name;
    this.uid = b.uid;
    this.gid = b.gid;
    this.gecos = b.gecos;
    this.home = home;
    this.shell = b.shell;
    this.groups = List.copyOf(b.groups);
    this.subIds = b.subIds;
    this.linger = b.linger;
    this.sudo = b.sudo;
  }

  /**
   * Tank-OS's user: {@code openclaw}, UID/GID 1000, home {@code /var/home/openclaw}, bash, group
   * {@code wheel}, subordinate IDs 100000/65536, linger, passwordless sudo (demo).
   *
   * @return the user
   */
  public static AgentUser tankOs() {
    return builder("openclaw").sudo(SudoPolicy.passwordless()).build();
  }

  /**
   * A builder with Tank-OS's defaults for everything but the name (no sudo rights).
   *
   * @param name the user name
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder holding this user's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(name).uid(uid).gid(gid).gecos(gecos).home(home).shell(shell)
        .subIds(subIds).linger(linger).sudo(sudo);
    b.groups.clear();
    b.groups.addAll(groups);
    return b;
  }

  /**
   * The user name.
   *
   * @return e.g. {@code openclaw}
   */
  public String name() {
    return name;
  }

  /**
   * The UID.
   *
   * @return e.g. 1000
   */
  public long uid() {
    return uid;
  }

  /**
   * The primary GID (a group of the user's name).
   *
   * @return e.g. 1000
   */
  public long gid() {
    return gid;
  }

  /**
   * The GECOS (full name) field.
   *
   * @return e.g. {@code OpenClaw}
   */
  public String gecos() {
    return gecos;
  }

  /**
   * The home directory.
   *
   * @return e.g. {@code /var/home/openclaw}
   */
  public String home() {
    return home;
  }

  /**
   * The login shell.
   *
   * @return e.g. {@code /bin/bash}
   */
  public String shell() {
    return shell;
  }

  /**
   * The supplementary groups.
   *
   * @return unmodifiable list
   */
  public List<String> groups() {
    return groups;
  }

  /**
   * The subordinate ID range.
   *
   * @return the range
   */
  public SubIdRange subIds() {
    return subIds;
  }

  /**
   * Whether user services start at boot without a login.
   *
   * @return the linger flag
   */
  public boolean linger() {
    return linger;
  }

  /**
   * The sudo policy.
   *
   * @return the policy
   */
  public SudoPolicy sudo() {
    return sudo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgentUser u && u.name.equals(name) && u.uid == uid && u.gid == gid
        && u.gecos.equals(gecos) && u.home.equals(home) && u.shell.equals(shell) && u.groups.equals(groups)
        && u.subIds.equals(subIds) && u.linger == linger && u.sudo.equals(sudo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, uid, gid, gecos, home, shell, groups, subIds, linger, sudo);
  }

  @Override
  public String toString() {
    return "AgentUser[" + name + ", " + uid + ":" + gid + ", " + home + "]";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String name;
    private long uid = 1000;
    private long gid = 1000;
    private String gecos = "OpenClaw";
    private String home;
    private String shell = "/bin/bash";
    private final List<String> groups = new ArrayList<>(List.of("wheel"));
    private SubIdRange subIds = new SubIdRange(100000, 65536);
    private boolean linger = true;
    private SudoPolicy sudo = SudoPolicy.none();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * The user name.
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The UID (default 1000).
     *
     * @param value the UID
     * @return this builder
     */
    public Builder uid(long value) {
      this.uid = value;
      return this;
    }

    /**
     * The primary GID (default 1000).
     *
     * @param value the GID
     * @return this builder
     */
    public Builder gid(long value) {
      this.gid = value;
      return this;
    }

    /**
     * The GECOS field (default {@code OpenClaw}).
     *
     * @param value one line without {@code :}
     * @return this builder
     */
    public Builder gecos(String value) {
      this.gecos = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The home directory (default {@code /var/home/NAME}).
     *
     * @param value an absolute path under {@code /var/home}
     * @return this builder
     */
    public Builder home(String value) {
      this.home = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The login shell (default {@code /bin/bash}).
     *
     * @param value an absolute path
     * @return this builder
     */
    public Builder shell(String value) {
      this.shell = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Replaces the supplementary groups (default {@code wheel}).
     *
     * @param names group names
     * @return this builder
     */
    public Builder groups(String... names) {
      groups.clear();
      for (String n : names) {
        groups.add(Objects.requireNonNull(n, "name"));
      }
      return this;
    }

    /**
     * The subordinate ID range (default 100000/65536).
     *
     * @param value the range
     * @return this builder
     */
    public Builder subIds(SubIdRange value) {
      this.subIds = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Whether user services start at boot without a login (default true).
     *
     * @param value the flag
     * @return this builder
     */
    public Builder linger(boolean value) {
      this.linger = value;
      return this;
    }

    /**
     * The sudo policy (default {@link SudoPolicy#none()}).
     *
     * @param value the policy
     * @return this builder
     */
    public Builder sudo(SudoPolicy value) {
      this.sudo = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the user.
     *
     * @return the user
     * @throws io.tankos.core.validation.ValidationException listing every problem: names, a UID or
     *     GID outside 1..60000 or inside the subordinate range ({@code AgentUser.subIds}), a home
     *     outside {@code /var/home}, a shell that is not an absolute path, duplicate groups
     */
    public AgentUser build() {
      Problems problems = new Problems();
      ImageChecks.userName(name, AT.child("name"), problems);
      String h = home != null ? home : "/var/home/" + name;
      ids(problems);
      if (gecos.indexOf(':') >= 0 || gecos.indexOf('"') >= 0 || gecos.codePoints().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        problems.add(AT.child("gecos"), "must be one line without ':' or '\"'");
      }
      ImageChecks.absolutePath(h, AT.child("home"), problems);
      if (!h.startsWith("/var/home/")) {
        problems.add(AT.child("home"), "'" + ImageChecks.printable(h) + "' is not under /var/home"
            + " (a bootc image's /home is a link to /var/home)");
      }
      ImageChecks.absolutePath(shell, AT.child("shell"), problems);
      for (int i = 0; i < groups.size(); i++) {
        ImageChecks.userName(groups.get(i), AT.child("groups").index(i), problems);
        if (groups.indexOf(groups.get(i)) < i) {
          problems.add(AT.child("groups").index(i), "group " + groups.get(i) + " is listed twice");
        }
      }
      problems.throwIfAny();
      return new AgentUser(this, h);
    }

    private void ids(Problems problems) {
      if (uid < 1 || uid > 60000) {
        problems.add(AT.child("uid"), "UID " + uid + " is not a regular user's (1..60000)");
      }
      if (gid < 1 || gid > 60000) {
        problems.add(AT.child("gid"), "GID " + gid + " is not a regular group's (1..60000)");
      }
      if (subIds.contains(uid)) {
        problems.add(AT.child("subIds"), "range " + subIds.start() + "/" + subIds.count()
            + " contains the user's UID " + uid);
      }
      if (subIds.contains(gid)) {
        problems.add(AT.child("subIds"), "range " + subIds.start() + "/" + subIds.count()
            + " contains the user's GID " + gid);
      }
    }
  }
}
