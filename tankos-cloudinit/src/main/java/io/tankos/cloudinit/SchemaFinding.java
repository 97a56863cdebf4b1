package io.tankos.cloudinit;

import java.util.Objects;

/**
 * One problem cloud-init's validator reports: the failing key path as cloud-init writes it (e.g.
 * {@code users.0.sudo}, empty for the whole document, {@code format-l3.c1} for a syntax error),
 * the line it starts on (1-based; 0 when unknown) and the reason.
 *
 * @param path the dotted key path
 * @param line the line, or 0
 * @param message the reason
 */
public record SchemaFinding(String path, int line, String message) {
  /** Checks the parts. */
  public SchemaFinding {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (line > 0 ? "line " + line + ": " : "") + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
