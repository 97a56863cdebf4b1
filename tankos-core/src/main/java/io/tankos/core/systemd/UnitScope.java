package io.tankos.core.systemd;

/**
 * Whether a unit belongs to the system manager or to every user's manager. Directories are relative
 * paths, as {@link io.tankos.core.fs.FileTree} paths are.
 *
 * <pre>{@code
 * UnitScope.USER.unitDirectory();   // "usr/lib/systemd/user"
 * UnitScope.SYSTEM.configDirectory(); // "etc/systemd/system"
 * }</pre>
 */
public enum UnitScope {
  /** The system manager (PID 1). */
  SYSTEM("system"),
  /** The per-user managers ({@code systemctl --user}; enabled globally). */
  USER("user");

  private final String dir;

  UnitScope(String dir) {
    this.dir = dir;
  }

  /**
   * Where the vendor's unit files live.
   *
   * @return {@code usr/lib/systemd/system} or {@code usr/lib/systemd/user}
   */
  public String unitDirectory() {
    return "usr/lib/systemd/" + dir;
  }

  /**
   * Where the administrator's enablement symlinks and masks live.
   *
   * @return {@code etc/systemd/system} or {@code etc/systemd/user}
   */
  public String configDirectory() {
    return "etc/systemd/" + dir;
  }
}
