package io.tankos.cloudinit.internal;

import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What one check of a cloud-config tree needs: the target version (null for the rules every
 * version shares), where problems go, and the value rules the modules share (types, absolute
 * paths, user and group names). The module classes own their checks and call these.
 */
public final class Checks {
  /** Linux user and group names as useradd's default NAME_REGEX (Debian), at most 32 characters. */
  public static final Pattern NAME = Pattern.compile("^[a-z_][a-z0-9_-]{0,30}[a-z0-9_$-]?$");

  /**
   * Whether a text is a user or group name as {@link #NAME} says, read by hand (a cloud-config of
   * many users checks every name and group).
   *
   * @param s the text
   * @return whether it matches {@link #NAME}
   */
  public static boolean isName(String s) {
    int n = s.length();
    if (n == 0 || n > 32 || !(s.charAt(0) == '_' || s.charAt(0) >= 'a' && s.charAt(0) <= 'z')) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-'
          || c == '$' && i == n - 1;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A crypt(3) password hash. */
  private static final Pattern PASSWORD_HASH = Pattern.compile("^\\$[0-9a-z]+\\$[^\\s:]+$");

  private final CloudInitVersion version;
  private final Problems problems;

  private Checks(CloudInitVersion version, Problems problems) {
    this.version = version;
    this.problems = problems;
  }

  /**
   * A check run.
   *
   * @param version the target version, or null for the rules every version shares
   * @param problems where problems go
   * @return the context
   */
  public static Checks of(CloudInitVersion version, Problems problems) {
    return new Checks(version, problems);
  }

  /**
   * The target version.
   *
   * @return the version, or null when checking for every version
   */
  public CloudInitVersion version() {
    return version;
  }

  /**
   * Records a problem.
   *
   * @param at where
   * @param message what is wrong
   */
  public void add(Location at, String message) {
    problems.add(at, message);
  }

  /**
   * Records that the target version lacks something, when there is a target.
   *
   * @param lacks whether a version lacks it
   * @param at where
   * @param message what it lacks, after {@code cloud-init VERSION }
   */
  public void lacking(Predicate<CloudInitVersion> lacks, Location at, String message) {
    if (version != null && lacks.test(version)) {
      problems.add(at, "cloud-init " + version.label() + " " + message);
    }
  }

  /**
   * An OpenSSH public key line (see {@link SshPublicKeys}).
   *
   * @param v the value
   * @param at where
   */
  public void publicKey(Object v, Location at) {
    SshPublicKeys.check(v, at, problems);
  }

  /**
   * A string.
   *
   * @param v the value
   * @param at where
   * @return whether it is a string
   */
  public boolean string(Object v, Location at) {
    if (!(v instanceof String)) {
      problems.add(at, "must be a string, not " + Raw.aTypeName(v));
      return false;
    }
    return true;
  }

  /**
   * A boolean.
   *
   * @param v the value
   * @param at where
   */
  public void bool(Object v, Location at) {
    if (!(v instanceof Boolean)) {
      problems.add(at, "must be true or false, not " + Raw.aTypeName(v));
    }
  }

  /**
   * A non-negative integer.
   *
   * @param v the value
   * @param at where
   */
  public void nonNegativeInteger(Object v, Location at) {
    if (!isInteger(v)) {
      problems.add(at, "must be a non-negative integer, not " + Raw.aTypeName(v));
    } else if (new BigInteger(v.toString()).signum() < 0) {
      problems.add(at, "must be a non-negative integer, not " + v);
    }
  }

  /**
   * An absolute path on one line.
   *
   * @param v the value
   * @param at where
   */
  public void absolutePath(Object v, Location at) {
    if (string(v, at)) {
      String s = (String) v;
      if (!s.startsWith("/") || s.indexOf('\0') >= 0 || s.indexOf('\n') >= 0) {
        problems.add(at, "'" + s + "' is not an absolute path");
      }
    }
  }

  /**
   * A list of strings.
   *
   * @param v the value
   * @param at where
   * @param minItems the fewest items the schema accepts
   */
  public void stringList(Object v, Location at, int minItems) {
    if (!(v instanceof List<?> l)) {
      problems.add(at, "must be a list of strings, not " + Raw.aTypeName(v));
      return;
    }
    if (l.size() < minItems) {
      problems.add(at, "must have at least " + minItems + " item" + (minItems == 1 ? "" : "s"));
    }
    for (int i = 0; i < l.size(); i++) {
      string(l.get(i), at.index(i));
    }
  }

  /**
   * A crypt(3) password hash; the value is never quoted.
   *
   * @param v the value
   * @param at where
   */
  public void passwordHash(Object v, Location at) {
    if (string(v, at) && !PASSWORD_HASH.matcher((String) v).matches()) {
      problems.add(at, "must be a crypt(3) hash such as the output of"
          + " 'mkpasswd --method=SHA-512' (the value is not shown)");
    }
  }

  /**
   * A user name.
   *
   * @param v the value
   * @param at where
   */
  public void userName(Object v, Location at) {
    if (string(v, at) && !isName((String) v)) {
      problems.add(at, "'" + v + "' is not a valid user name"
          + " (lower-case letter or '_' first, then letters, digits, '_' or '-'; at most 32)");
    }
  }

  /**
   * A group name.
   *
   * @param v the value
   * @param at where
   */
  public void groupName(Object v, Location at) {
    if (string(v, at) && !isName((String) v)) {
      problems.add(at, "'" + v + "' is not a valid group name");
    }
  }

  /**
   * Whether a raw value is a YAML integer.
   *
   * @param v the value
   * @return true for Integer, Long and BigInteger
   */
  public static boolean isInteger(Object v) {
    return v instanceof Integer || v instanceof Long || v instanceof BigInteger;
  }
}
