package io.tankos.quadlet;

import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.TargetPolicy;
import java.util.Objects;

/**
 * Where Quadlet looks for unit files (podman-systemd.unit(5) "search path"): rootful system
 * directories, the per-user directories under {@code /etc} and {@code /usr/share}, and the user's own
 * {@code ~/.config/containers/systemd/}.
 *
 * <pre>{@code
 * InstallLocation.user(1000).directory();            // etc/containers/systemd/users/1000
 * FileTree image = InstallLocation.ROOTFUL.tree(set, PodmanVersion.V5_4, TargetPolicy.STRICT);
 *                                                   // etc/containers/systemd/web.container, …
 * }</pre>
 */
public final class InstallLocation {
  /** {@code /etc/containers/systemd/}: rootful units of the administrator. */
  public static final InstallLocation ROOTFUL =
      new InstallLocation("etc/containers/systemd", false, false, "rootful (administrator)");
  /** {@code /usr/share/containers/systemd/}: rootful units shipped by the distribution. */
  public static final InstallLocation ROOTFUL_DISTRIBUTION =
      new InstallLocation("usr/share/containers/systemd", false, false, "rootful (distribution)");
  /** {@code /run/containers/systemd/}: temporary rootful units. */
  public static final InstallLocation ROOTFUL_RUNTIME =
      new InstallLocation("run/containers/systemd", false, false, "rootful (runtime)");
  /** {@code /etc/containers/systemd/users/}: rootless units run for every user. */
  public static final InstallLocation ALL_USERS =
      new InstallLocation("etc/containers/systemd/users", true, false, "rootless, every user");
  /** {@code /usr/share/containers/systemd/users/}: distribution rootless units for every user. */
  public static final InstallLocation ALL_USERS_DISTRIBUTION =
      new InstallLocation("usr/share/containers/systemd/users", true, false,
          "rootless, every user (distribution)");
  /** {@code ~/.config/containers/systemd/}: the user's own units (relative to the home directory). */
  public static final InstallLocation USER_HOME =
      new InstallLocation(".config/containers/systemd", true, true, "rootless, user's home");

  private final String directory;
  private final boolean rootless;
  private final boolean homeRelative;
  private final String description;

  private InstallLocation(String directory, boolean rootless, boolean homeRelative, String description) {
    this.directory = directory;
    this.rootless = rootless;
    this.homeRelative = homeRelative;
    this.description = description;
  }

  /**
   * {@code /etc/containers/systemd/users/UID/}: rootless units for one user.
   *
   * @param uid the user's numeric ID
   * @return the location
   */
  public static InstallLocation user(long uid) {
    if (uid < 0 || uid > 4294967294L) {
      throw new IllegalArgumentException("uid out of range: " + uid);
    }
    return new InstallLocation("etc/containers/systemd/users/" + uid, true, false,
        "rootless, user " + uid);
  }

  /**
   * {@code /usr/share/containers/systemd/users/UID/}.
   *
   * @param uid the user's numeric ID
   * @return the location
   */
  public static InstallLocation distributionUser(long uid) {
    if (uid < 0 || uid > 4294967294L) {
      throw new IllegalArgumentException("uid out of range: " + uid);
    }
    return new InstallLocation("usr/share/containers/systemd/users/" + uid, true, false,
        "rootless, user " + uid + " (distribution)");
  }

  /**
   * The directory relative to the file-system root (or, for {@link #USER_HOME}, to the home
   * directory), without leading or trailing slash.
   *
   * @return e.g. {@code etc/containers/systemd}
   */
  public String directory() {
    return directory;
  }

  /**
   * The absolute directory ({@code ~/} prefix for the home location).
   *
   * @return e.g. {@code /etc/containers/systemd/}
   */
  public String absoluteDirectory() {
    return (homeRelative ? "~/" : "/") + directory + "/";
  }

  /**
   * Whether units here run rootless (the generator runs with {@code -user}).
   *
   * @return true for the user locations
   */
  public boolean isRootless() {
    return rootless;
  }

  /**
   * Whether {@link #directory()} is relative to the user's home directory.
   *
   * @return true for {@link #USER_HOME}
   */
  public boolean isHomeRelative() {
    return homeRelative;
  }

  /**
   * The set's files under this directory, as modelled.
   *
   * @param set the units
   * @return the tree, paths relative to {@code /} (or to the home directory)
   */
  public FileTree tree(QuadletSet set) {
    return FileTree.builder().add(directory, set.toFileTree()).build();
  }

  /**
   * The set's files under this directory, for one Podman version
   * ({@link QuadletSet#toFileTree(PodmanVersion, TargetPolicy)}).
   *
   * @param set the units
   * @param target the Podman version of the machine
   * @param policy what to do with keys the target lacks
   * @return the tree, paths relative to {@code /} (or to the home directory)
   */
  public FileTree tree(QuadletSet set, PodmanVersion target, TargetPolicy policy) {
    return FileTree.builder().add(directory, set.toFileTree(target, policy)).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InstallLocation l && l.directory.equals(directory)
        && l.homeRelative == homeRelative;
  }

  @Override
  public int hashCode() {
    return Objects.hash(directory, homeRelative);
  }

  @Override
  public String toString() {
    return absoluteDirectory() + " (" + description + ")";
  }
}
