package io.tankos.cloudinit;

import io.tankos.core.validation.Location;
import java.util.Objects;

/**
 * One problem cloud-init's validator reports: the failing key path as cloud-init writes it (e.g.
 * {@code users.0.sudo}, empty for the whole document, {@code format-l3.c1} for a syntax error),
 * the same path as a tankos {@link Location} ({@code users[0].sudo}), the line it starts on
 * (1-based; 0 when unknown) and the reason.
 *
 * @param path the dotted key path
 * @param location the path as a location ({@link Location#ROOT} for the whole document)
 * @param line the line, or 0
 * @param message the reason
 */
public record SchemaFinding(String path, Location location, int line, String message) {
  /**
   * Checks the parts.
   *
   * @param path the dotted key path
   * @param location the path as a location
   * @param line the line, or 0
   * @param message the reason
   */
  public SchemaFinding {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The message with the line, as a problem at the location would show it.
   *
   * @return e.g. {@code line 4: 5 is not of type 'string'}
   */
  public String messageWithLine() {
    return line > 0 ? "line " + line + ": " + message : message;
  }

  @Override
  public String toString() {
    return (line > 0 ? "line " + line + ": " : "") + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
