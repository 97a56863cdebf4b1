package io.tankos.bootc.cli;

import java.util.Locale;

/** When {@code podman build --pull=…} pulls base images. */
public enum PullPolicy {
  /** Always pull. */
  ALWAYS,
  /** Pull only when the image is not in local storage. */
  MISSING,
  /** Never pull; fail when missing. */
  NEVER,
  /** Pull when the registry has a newer image. */
  NEWER;

  /**
   * The flag value.
   *
   * @return e.g. {@code missing}
   */
  public String cliValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
