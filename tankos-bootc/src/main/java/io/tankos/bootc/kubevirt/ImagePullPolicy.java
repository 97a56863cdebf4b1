package io.tankos.bootc.kubevirt;

import io.tankos.bootc.kubevirt.internal.Wire;
import java.util.Optional;

/** When the kubelet pulls an image ({@code imagePullPolicy}). */
public enum ImagePullPolicy {
  /** {@code Always}. */
  ALWAYS("Always"),
  /** {@code IfNotPresent}. */
  IF_NOT_PRESENT("IfNotPresent"),
  /** {@code Never}. */
  NEVER("Never");

  private final String value;

  ImagePullPolicy(String value) {
    this.value = value;
  }

  /**
   * The spelling in a manifest.
   *
   * @return e.g. {@code Always}
   */
  public String value() {
    return value;
  }

  /**
   * The constant spelled {@code text} in a manifest.
   *
   * @param text the manifest's spelling
   * @return the constant, or empty when the text names none
   */
  public static Optional<ImagePullPolicy> of(String text) {
    return Wire.find(ImagePullPolicy.class, ImagePullPolicy::value, text);
  }
}
