package io.tankos.bootc.podman;

import java.util.Map;

/**
 * A podman secret's metadata as {@code podman secret inspect} shows it; never its value.
 *
 * @param id the secret id
 * @param name the name
 * @param driver the driver, e.g. {@code file} (stores base64, not encrypted), {@code pass}, {@code
 *     shell}
 * @param driverOptions the driver options in order
 * @param labels the labels in order
 * @param createdAt the creation time as podman prints it
 * @param updatedAt the update time as podman prints it
 */
public record SecretInfo(
    String id,
    String name,
    String driver,
    Map<String, String> driverOptions,
    Map<String, String> labels,
    String createdAt,
    String updatedAt) {

  /**
   * Copies the maps.
   *
   * @param id the id
   * @param name the name
   * @param driver the driver
   * @param driverOptions the options
   * @param labels the labels
   * @param createdAt the creation time
   * @param updatedAt the update time
   */
  public SecretInfo {
    driverOptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(driverOptions));
    labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
  }
}
