package io.tankos.quadlet.generator;

import io.tankos.quadlet.UnitType;
import java.util.Optional;

/**
 * The name of the service the generator makes from a unit file (podman-systemd.unit(5), {@code
 * getServiceName} in Podman's {@code quadlet.go}): {@code .container} and {@code .kube} keep the
 * stem, other types add {@code -pod}, {@code -volume}, {@code -network}, {@code -image}, {@code
 * -build}, {@code -artifact}; a template's {@code @} moves behind the suffix; {@code ServiceName=}
 * overrides.
 */
final class ServiceNames {
  private ServiceNames() {}

  /**
   * The service file name.
   *
   * @param unitFileName e.g. {@code web-data.volume}, {@code worker@.container}
   * @param serviceNameKey the unit's {@code ServiceName=} value, if set
   * @return e.g. {@code web-data-volume.service}
   */
  static String of(String unitFileName, Optional<String> serviceNameKey) {
    if (serviceNameKey.isPresent()) {
      return serviceNameKey.get() + ".service";
    }
    String base = unitFileName.substring(unitFileName.lastIndexOf('/') + 1);
    UnitType type =
        UnitType.ofFileName(base)
            .orElseThrow(() -> new IllegalArgumentException("not a Quadlet file: " + base));
    String stem = base.substring(0, base.lastIndexOf('.'));
    String suffix = type.serviceSuffix();
    int at = stem.indexOf('@');
    if (at >= 0) {
      return stem.substring(0, at) + suffix + stem.substring(at) + ".service";
    }
    return stem + suffix + ".service";
  }
}
