package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Plain;
import java.util.Map;

/**
 * Compute resource requests and limits ({@code domain.resources}), quantities as Kubernetes writes
 * them ({@code 4Gi}, {@code 500m}).
 *
 * @param requests resource name to quantity, e.g. {@code memory → 4Gi}
 * @param limits resource name to quantity
 */
public record Resources(Map<String, String> requests, Map<String, String> limits) {

  /**
   * Copies the maps.
   *
   * @param requests the requests
   * @param limits the limits
   */
  public Resources {
    requests = Plain.copyStrings(requests);
    limits = Plain.copyStrings(limits);
  }

  /**
   * A memory request only.
   *
   * @param quantity e.g. {@code 4Gi}
   * @return the resources
   */
  public static Resources memoryRequest(String quantity) {
    return new Resources(Map.of("memory", quantity), Map.of());
  }
}
