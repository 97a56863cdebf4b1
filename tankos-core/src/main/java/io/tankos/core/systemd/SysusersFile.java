package io.tankos.core.systemd;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code sysusers.d} file: the users, groups, memberships and ID ranges {@code systemd-sysusers}
 * creates at boot, the image-friendly replacement for {@code useradd} in a Containerfile. Immutable;
 * {@link #toString()} is the text, one line per entry in insertion order.
 *
 * <pre>{@code
 * SysusersFile users = SysusersFile.builder()
 *     .group("openclaw", 1000)
 *     .user("openclaw", 1000, 1000, "OpenClaw agent", "/var/home/openclaw", "/bin/bash")
 *     .member("openclaw", "wheel")
 *     .build();
 * // g openclaw 1000
 * // u openclaw 1000:1000 "OpenClaw agent" /var/home/openclaw /bin/bash
 * // m openclaw wheel
 * }</pre>
 */
public final class SysusersFile {
  private final List<String> lines;

  private SysusersFile(List<String> lines) {
    this.lines = List.copyOf(lines);
  }

  /**
   * A builder for an empty file.
   *
   * @return a new builder
   */
  /**
   * Why a text is not a user or group name systemd-sysusers creates (a letter or {@code _}, then
   * letters, digits, {@code _} or {@code -}, at most 31 characters), for callers that hand such a
   * name to a tool ({@code runuser}, {@code chown}).
   *
   * @param name e.g. {@code openclaw}
   * @return the reason, or empty for a valid name
   */
  public static java.util.Optional<String> nameProblem(String name) {
    return java.util.Optional.ofNullable(ConfigFields.nameProblem(
        java.util.Objects.requireNonNull(name, "name")));
  }

  /**
   * A new builder with no lines.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this file's lines.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (String line : lines) {
      b.lines.add(line);
      String[] f = line.split(" ");
      b.declared.add(line.startsWith("m ") ? line : f[0] + " " + f[1]);
    }
    return b;
  }

  /**
   * The lines, without line endings.
   *
   * @return unmodifiable list
   */
  public List<String> lines() {
    return lines;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SysusersFile f && f.lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  /** The file text: each line ending in {@code \n}. */
  @Override
  public String toString() {
    return ConfigFields.text(lines);
  }

  /** Mutable builder; not thread-safe. Problems are reported by {@link #build()}. */
  public static final class Builder {
    private final List<String> lines = new ArrayList<>();
    private final Problems problems = new Problems();
    private final Set<String> declared = new HashSet<>();

    private Builder() {}

    /** The location of a line about to be added, or of one of its fields: made only for a problem. */
    private Location at(String kind, String field) {
      Location line = Location.of("SysusersFile").child("lines").index(lines.size()).child(kind);
      return field == null ? line : line.child(field);
    }

    /**
     * A {@code u} line: a system user with its own ids, description, home and shell.
     *
     * @param name user name
     * @param uid user id
     * @param gid primary group id (a group of the user's name is created when missing)
     * @param gecos description, may be null or empty ({@code -})
     * @param home absolute home directory, may be null ({@code -})
     * @param shell absolute login shell, may be null ({@code -})
     * @return this builder
     */
    public Builder user(String name, long uid, long gid, String gecos, String home, String shell) {
      Objects.requireNonNull(name, "name");
      String at = "user";
      // every field is checked (& evaluates both sides); a location is made only for a problem
      boolean ok = check(at, "name", ConfigFields.nameProblem(name));
      ok &= check(at, "uid", ConfigFields.idProblem(uid));
      ok &= check(at, "gid", ConfigFields.idProblem(gid));
      if (gecos != null) {
        String p = UnitRules.breakProblem(gecos);
        if (p == null && (gecos.indexOf(':') >= 0 || gecos.chars().anyMatch(Character::isISOControl)
            || gecos.equals("-"))) {
          p = "cannot contain ':' or control characters, nor be '-'";
        }
        ok &= check(at, "gecos", p);
      }
      if (home != null) {
        ok &= check(at, "home", ConfigFields.pathProblem(home, false));
      }
      if (shell != null) {
        ok &= check(at, "shell", ConfigFields.pathProblem(shell, false));
      }
      ok &= unique(at, "name", "u " + name, "user " + name);
      if (ok) {
        lines.add("u " + name + " " + uid + ":" + gid + " " + ConfigFields.field(gecos) + " "
            + ConfigFields.field(home) + " " + ConfigFields.field(shell));
      }
      return this;
    }

    /**
     * A {@code g} line: a system group.
     *
     * @param name group name
     * @param gid group id
     * @return this builder
     */
    public Builder group(String name, long gid) {
      Objects.requireNonNull(name, "name");
      String at = "group";
      // every field is checked (& evaluates both sides); a location is made only for a problem
      boolean ok = check(at, "name", ConfigFields.nameProblem(name));
      ok &= check(at, "gid", ConfigFields.idProblem(gid));
      ok &= unique(at, "name", "g " + name, "group " + name);
      if (ok) {
        lines.add("g " + name + " " + gid);
      }
      return this;
    }

    /**
     * An {@code m} line: adds a user to a group (both are created when missing).
     *
     * @param user user name
     * @param group group name
     * @return this builder
     */
    public Builder member(String user, String group) {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(group, "group");
      String at = "member";
      // every field is checked (& evaluates both sides); a location is made only for a problem
      boolean ok = check(at, "user", ConfigFields.nameProblem(user));
      ok &= check(at, "group", ConfigFields.nameProblem(group));
      ok &= unique(at, null, "m " + user + " " + group, "membership of " + user + " in " + group);
      if (ok) {
        lines.add("m " + user + " " + group);
      }
      return this;
    }

    /**
     * An {@code r} line: the range of ids {@code systemd-sysusers} allocates from.
     *
     * @param from first id
     * @param count number of ids, at least 1
     * @return this builder
     */
    public Builder range(long from, long count) {
      String at = "range";
      // every field is checked (& evaluates both sides); a location is made only for a problem
      boolean ok = check(at, "from", ConfigFields.idProblem(from));
      if (count < 1 || from + count - 1 > ConfigFields.MAX_ID) {
        ok &= check(at, "count", "must be at least 1 and end at or below " + ConfigFields.MAX_ID);
      }
      if (ok) {
        lines.add("r - " + from + "-" + (from + count - 1));
      }
      return this;
    }

    /** Adds the problem of a field of the line, if any; true when there is none. */
    private boolean check(String kind, String field, String problem) {
      if (problem != null) {
        problems.add(at(kind, field), problem);
      }
      return problem == null;
    }

    /** Declares a line's key; a second declaration is a problem. True when it is the first. */
    private boolean unique(String kind, String field, String key, String what) {
      return check(kind, field, declared.add(key) ? null
          : what + " is declared twice (systemd-sysusers ignores the second line)");
    }

    /**
     * Builds the file.
     *
     * @return the immutable file
     * @throws ValidationException listing every problem, located like {@code
     *     SysusersFile.lines[1].user.uid}
     */
    public SysusersFile build() {
      problems.throwIfAny();
      return new SysusersFile(lines);
    }
  }
}
