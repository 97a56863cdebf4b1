package io.tankos.bootc.kubevirt;

import java.util.Objects;

/**
 * A {@code containerDisk} volume source: a disk image shipped in a container image under {@code
 * /disk/}.
 *
 * @param image the container image reference
 * @param pullPolicy when to pull, or null for the cluster default
 */
public record ContainerDiskSource(String image, ImagePullPolicy pullPolicy) {

  /**
   * Checks the image.
   *
   * @param image the image
   * @param pullPolicy the pull policy
   */
  public ContainerDiskSource {
    Objects.requireNonNull(image, "image");
  }
}
