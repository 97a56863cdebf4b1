package io.tankos.bootc.host;

import java.util.List;
import java.util.Optional;

/**
 * The answer of {@code bootc upgrade --check} (exit 0 whether or not an update exists).
 *
 * @param updateAvailable whether the registry has a different image
 * @param image the image reference bootc checked, or null when it did not print one
 * @param version the update's version, or null
 * @param digest the update's manifest digest, or null
 * @param output every stdout line, including the manifest diff
 */
public record UpgradeCheck(
    boolean updateAvailable, String image, String version, String digest, List<String> output) {

  /**
   * Copies the output.
   *
   * @param updateAvailable whether an update exists
   * @param image the image, or null
   * @param version the version, or null
   * @param digest the digest, or null
   * @param output the lines
   */
  public UpgradeCheck {
    output = List.copyOf(output);
  }

  /**
   * Parses the output of {@code bootc upgrade --check}.
   *
   * @param lines stdout lines
   * @return the check
   */
  public static UpgradeCheck parse(List<String> lines) {
    boolean available = false;
    String image = null;
    String version = null;
    String digest = null;
    for (String line : lines) {
      String t = line.trim();
      if (line.startsWith("Update available for: ")) {
        available = true;
        image = line.substring("Update available for: ".length()).trim();
      } else if (line.startsWith("No changes in: ")) {
        image = line.substring("No changes in: ".length()).trim();
      } else if (available && version == null && t.startsWith("Version: ")) {
        version = t.substring("Version: ".length()).trim();
      } else if (available && digest == null && t.startsWith("Digest: ")) {
        digest = t.substring("Digest: ".length()).trim();
      }
    }
    return new UpgradeCheck(available, image, version, digest, lines);
  }

  /**
   * The update's version.
   *
   * @return the version, if the image has one
   */
  public Optional<String> updateVersion() {
    return Optional.ofNullable(version);
  }

  /**
   * The update's digest.
   *
   * @return the digest, if an update exists
   */
  public Optional<String> updateDigest() {
    return Optional.ofNullable(digest);
  }
}
