package io.tankos.examples;

import io.tankos.core.fs.FileTree;
import io.tankos.core.unit.Section;
import io.tankos.core.unit.UnitFile;

/**
 * The default Tank-OS build context for the embedded OpenClaw preset: the agent's rootless Quadlet
 * units for user 1000 and the secrets drop-in.
 *
 * <pre>{@code
 * TankOsBuildContext.openClawDefault().writeTo(Path.of("out/tank-os"));
 * }</pre>
 */
public final class TankOsBuildContext {
  private TankOsBuildContext() {}

  /**
   * The build context of the default preset.
   *
   * @return the file tree
   */
  public static FileTree openClawDefault() {
    String dir = "rootfs/etc/containers/systemd/users/1000/";
    UnitFile container =
        UnitFile.builder()
            .section(Section.builder("Unit").add("Description", "OpenClaw agent").build())
            .section(
                Section.builder("Container")
                    .add("Image", "ghcr.io/openclaw/openclaw:latest")
                    .add("ContainerName", "openclaw")
                    .build())
            .build();
    return FileTree.builder().file(dir + "openclaw.container", container.render()).build();
  }
}
