package io.tankos.bootc.image;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Looks up an instance and the secrets it declares, refusing names the image does not know. */
final class DeclaredSecrets {
  private DeclaredSecrets() {}

  /**
   * An instance of the image.
   *
   * @param image the image
   * @param instance the instance name
   * @param at where the name was given
   * @return the instance
   * @throws ValidationException naming the instance and the image's instances
   */
  static AgentInstance instance(TankOsImage image, String instance, Location at) {
    List<String> names = new ArrayList<>();
    for (AgentInstance i : image.instances()) {
      if (i.name().equals(instance)) {
        return i;
      }
      names.add(i.name());
    }
    throw new ValidationException(at, "the image has no instance " + ImageChecks.printable(instance) + " (instances: "
        + String.join(", ", names) + ")");
  }

  /**
   * The Quadlet units of an instance that accept a secret.
   *
   * @param instance the instance
   * @param secret the secret name
   * @param at where the secret name was given
   * @return the Quadlet file names, at least one
   * @throws ValidationException naming the instance and the secret when none declares it
   */
  static List<String> unitsAccepting(AgentInstance instance, String secret, Location at) {
    List<String> units = new ArrayList<>();
    for (Map.Entry<String, List<InstanceSecret>> u : SecretDropIns.units(instance).entrySet()) {
      if (u.getValue().stream().anyMatch(s -> s.name().equals(secret))) {
        units.add(u.getKey());
      }
    }
    if (units.isEmpty()) {
      throw new ValidationException(at, "instance " + instance.name() + " does not declare secret " + ImageChecks.printable(secret));
    }
    return units;
  }

  /**
   * Every secret name an instance declares, its companions' included, in order.
   *
   * @param instance the instance
   * @return the names
   */
  static List<String> names(AgentInstance instance) {
    List<String> names = new ArrayList<>();
    SecretDropIns.units(instance).values().forEach(l -> l.forEach(s -> names.add(s.name())));
    return List.copyOf(names);
  }
}
