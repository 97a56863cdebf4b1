package io.tankos.bootc.host;

import java.util.Objects;

/**
 * The overlay mounted on {@code /usr} by {@code bootc usr-overlay}.
 *
 * @param accessMode {@code readOnly} or {@code readWrite}
 * @param persistence {@code transient} or {@code persistent}
 */
public record UsrOverlay(String accessMode, String persistence) {

  /**
   * Checks the components.
   *
   * @param accessMode the access mode
   * @param persistence the persistence
   */
  public UsrOverlay {
    Objects.requireNonNull(accessMode, "accessMode");
    Objects.requireNonNull(persistence, "persistence");
  }

  /**
   * Whether the overlay can be written.
   *
   * @return true for {@code readWrite}
   */
  public boolean writable() {
    return accessMode.equals("readWrite");
  }
}
