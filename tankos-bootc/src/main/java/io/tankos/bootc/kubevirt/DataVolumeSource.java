package io.tankos.bootc.kubevirt;

/** Where a DataVolume's content comes from. */
public enum DataVolumeSource {
  /** An empty disk ({@code source.blank}). */
  BLANK,
  /** A container image in a registry ({@code source.registry.url}). */
  REGISTRY
}
