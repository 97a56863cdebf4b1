package io.tankos.bootc.image;

import java.util.List;
import java.util.Objects;

/**
 * Which of an instance's declared secrets exist in the agent user's Podman secret store: names
 * only, never values.
 *
 * @param instance the instance name
 * @param declared every secret the instance (and its service-gator) accepts, in declaration order
 * @param present the declared secrets that exist, in declaration order
 */
public record SecretInventory(String instance, List<String> declared, List<String> present) {

  /**
   * Copies the lists.
   *
   * @param instance the instance name
   * @param declared the declared names
   * @param present the present names
   */
  public SecretInventory {
    Objects.requireNonNull(instance, "instance");
    declared = List.copyOf(declared);
    present = List.copyOf(present);
  }

  /**
   * The declared secrets that do not exist.
   *
   * @return names in declaration order
   */
  public List<String> missing() {
    return declared.stream().filter(n -> !present.contains(n)).toList();
  }
}
