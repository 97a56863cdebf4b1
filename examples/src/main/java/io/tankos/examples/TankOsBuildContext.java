package io.tankos.examples;

import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.quadlet.tankos.TankOsUnits;

/**
 * The default Tank-OS build context for the embedded OpenClaw preset: the agent's rootless Quadlet
 * units for user 1000 (OpenClaw, service-gator, and the drop-in that gives the agent its Anthropic API
 * key from the user's Podman secret store), laid out under {@code rootfs/} as the image's files.
 *
 * <pre>{@code
 * TankOsBuildContext.openClawDefault().writeTo(Path.of("out/tank-os"));
 * }</pre>
 */
public final class TankOsBuildContext {
  private TankOsBuildContext() {}

  /**
   * The build context of the default preset, its units rendered for the default Podman version.
   *
   * @return the file tree
   */
  public static FileTree openClawDefault() {
    FileTree units = TankOsUnits.LOCATION.tree(TankOsUnits.defaultSet(), PodmanVersion.DEFAULT, TargetPolicy.STRICT);
    return FileTree.builder().add("rootfs", units).build();
  }
}
