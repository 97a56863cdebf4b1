package io.tankos.bootc.host;

import java.util.Objects;
import java.util.Optional;

/**
 * An image reference as bootc tracks it: the pull spec, its transport and how its signature is
 * verified ({@code spec.image} and {@code status.booted.image.image} in {@code bootc status}).
 *
 * <pre>{@code
 * ImageReference ref = ImageReference.registry("registry.example/tank-os:latest");
 * }</pre>
 *
 * @param image the pull spec, e.g. {@code registry.example/tank-os:latest} or an OCI directory
 * @param transport {@code registry}, {@code oci}, {@code oci-archive}, {@code containers-storage}, …
 * @param signature the signature mode, or null when bootc recorded none
 */
public record ImageReference(String image, String transport, ImageSignature signature) {

  /**
   * Checks the components.
   *
   * @param image the pull spec
   * @param transport the transport
   * @param signature the signature mode, or null
   */
  public ImageReference {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(transport, "transport");
  }

  /**
   * A registry image without a recorded signature mode.
   *
   * @param image the pull spec
   * @return the reference
   */
  public static ImageReference registry(String image) {
    return new ImageReference(image, "registry", null);
  }

  /**
   * The signature mode, if bootc recorded one.
   *
   * @return the signature mode
   */
  public Optional<ImageSignature> signatureMode() {
    return Optional.ofNullable(signature);
  }
}
