package io.tankos.core.systemd;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of plain systemd unit tankos writes, with their file-name suffix and the section that
 * holds their own settings ({@code [Service]}, {@code [Timer]}…; a target has none).
 *
 * <pre>{@code
 * UnitType.of("openclaw-healthcheck.timer");  // TIMER
 * UnitType.TIMER.suffix();                    // ".timer"
 * }</pre>
 */
public enum UnitType {
  /** A {@code .service}: a process systemd starts. */
  SERVICE("Service"),
  /** A {@code .timer}: activates a unit on a schedule. */
  TIMER("Timer"),
  /** A {@code .target}: a synchronisation point. */
  TARGET(null),
  /** A {@code .path}: activates a unit when a path changes. */
  PATH("Path"),
  /** A {@code .socket}: activates a unit when a socket is used. */
  SOCKET("Socket");

  private final String section;
  private final String suffix;

  UnitType(String section) {
    this.section = section;
    this.suffix = "." + name().toLowerCase(Locale.ROOT);
  }

  /**
   * The file-name suffix.
   *
   * @return e.g. {@code .service}
   */
  public String suffix() {
    return suffix;
  }

  /**
   * The section of the type's own settings.
   *
   * @return e.g. {@code Service}; empty for a target
   */
  public Optional<String> section() {
    return Optional.ofNullable(section);
  }

  /**
   * The type of a unit file name.
   *
   * @param fileName e.g. {@code openclaw-healthcheck.timer}
   * @return the type its suffix names
   * @throws ValidationException when the suffix is none of the five types
   */
  public static UnitType of(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    for (UnitType t : values()) {
      if (fileName.endsWith(t.suffix()) && fileName.length() > t.suffix().length()) {
        return t;
      }
    }
    throw new ValidationException(Location.of("fileName"),
        "'" + fileName + "' does not end in .service, .timer, .target, .path or .socket");
  }
}
