package io.tankos.bootc.host;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.util.Objects;

/**
 * The ostree side of a boot entry.
 *
 * @param checksum the ostree commit checksum
 * @param deploySerial the deployment serial
 * @param stateroot the name of the storage for {@code /etc} and {@code /var}
 */
public record OstreeDeployment(String checksum, long deploySerial, String stateroot) {

  /**
   * Checks the components.
   *
   * @param checksum the commit checksum
   * @param deploySerial the serial, at least 0
   * @param stateroot the stateroot
   * @throws ValidationException at {@code ostree.deploySerial} for a negative serial
   */
  public OstreeDeployment {
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(stateroot, "stateroot");
    if (deploySerial < 0) {
      throw new ValidationException(Location.of("ostree").child("deploySerial"), "is negative: " + deploySerial);
    }
  }
}
