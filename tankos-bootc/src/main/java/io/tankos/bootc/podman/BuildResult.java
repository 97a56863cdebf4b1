package io.tankos.bootc.podman;

import java.util.List;

/**
 * The outcome of {@code podman build}.
 *
 * @param imageId the image id as {@code --iidfile} wrote it, e.g. {@code sha256:…}
 * @param tags the tags the image was given
 */
public record BuildResult(String imageId, List<String> tags) {

  /**
   * Copies the tags.
   *
   * @param imageId the id
   * @param tags the tags
   */
  public BuildResult {
    tags = List.copyOf(tags);
  }

  /**
   * The id without the {@code sha256:} prefix, as {@code podman images} shows it.
   *
   * @return the hex id
   */
  public String hexId() {
    return imageId.startsWith("sha256:") ? imageId.substring(7) : imageId;
  }
}
