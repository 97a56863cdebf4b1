package io.tankos.quadlet.generator;

import java.util.List;

/** Whether the generator runs for system (rootful) units or for a user's (rootless) units. */
public enum GeneratorMode {
  /** Rootful units, as {@code podman-system-generator} sees them. */
  SYSTEM(List.of()),
  /** Rootless units, as {@code podman-user-generator} sees them ({@code -user}). */
  USER(List.of("-user"));

  private final List<String> flags;

  GeneratorMode(List<String> flags) {
    this.flags = flags;
  }

  /**
   * The command-line flags selecting this mode.
   *
   * @return the flags, possibly empty
   */
  public List<String> flags() {
    return flags;
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
