package io.tankos.quadlet;

/** What a builder does with a key that the target {@link PodmanVersion} does not know. */
public enum VersionPolicy {
  /** The key is an error naming the key, the target and the first version that has it. */
  STRICT,
  /**
   * The key becomes the equivalent {@code PodmanArgs=} flag where Podman has one (as Podman would run
   * it), otherwise it is an error as in {@link #STRICT}.
   */
  DOWNGRADE
}
