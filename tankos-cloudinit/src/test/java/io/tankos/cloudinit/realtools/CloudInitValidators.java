package io.tankos.cloudinit.realtools;

import io.tankos.cloudinit.RealCloudInit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real {@code cloud-init schema} validators (22.4 and 25.1, recorded by {@code
 * scripts/install-test-tools}) for tests in other modules; a package of its own, so that modules
 * reading the test jar do not split {@code io.tankos.cloudinit}.
 *
 * <pre>{@code
 * for (String version : CloudInitValidators.versions()) {
 *   assertThat(CloudInitValidators.problems(version, List.of(userData))).isEmpty();
 * }
 * }</pre>
 */
public final class CloudInitValidators {
  private CloudInitValidators() {}

  /**
   * The versions to validate with.
   *
   * @return {@code 22.4} and {@code 25.1}
   */
  public static List<String> versions() {
    return RealCloudInit.versions();
  }

  /**
   * Validates cloud-config files with one version's {@code cloud-init schema}.
   *
   * @param version {@code 22.4} or {@code 25.1}
   * @param files absolute paths
   * @return one {@code FILE: message errors} line per invalid file, empty when all are valid
   */
  public static List<String> problems(String version, List<Path> files) {
    List<String> out = new ArrayList<>();
    RealCloudInit.validate(version, files, false).values().forEach(v -> {
      if (!v.valid()) {
        out.add(v.file() + ": " + v.message() + " " + v.errors());
      }
    });
    return out;
  }
}
