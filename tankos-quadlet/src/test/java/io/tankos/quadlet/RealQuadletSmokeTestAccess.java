package io.tankos.quadlet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Gives tests in sub-packages the generator runner of {@link RealQuadletSmokeTest}. */
public final class RealQuadletSmokeTestAccess {
  private RealQuadletSmokeTestAccess() {}

  /**
   * See {@link RealQuadletSmokeTest#execStart(Path, Path, String, boolean)}.
   *
   * @param quadlet the generator
   * @param dir the unit directory
   * @param service the service
   * @param user whether to run with {@code -user}
   * @return the argv
   * @throws IOException on I/O errors
   * @throws InterruptedException when interrupted
   */
  public static List<String> execStart(Path quadlet, Path dir, String service, boolean user)
      throws IOException, InterruptedException {
    return RealQuadletSmokeTest.execStart(quadlet, dir, service, user);
  }
}
