package io.tankos.bootc.kubevirt;

import java.util.Objects;

/**
 * A reference to a Kubernetes Secret in the VirtualMachine's namespace.
 *
 * @param name the Secret's name
 */
public record SecretRef(String name) {

  /**
   * Checks the name.
   *
   * @param name the name
   */
  public SecretRef {
    Objects.requireNonNull(name, "name");
  }
}
