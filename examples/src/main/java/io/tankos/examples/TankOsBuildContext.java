package io.tankos.examples;

import io.tankos.core.fs.FileTree;
import io.tankos.quadlet.InstallLocation;
import java.util.List;

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
  /** The agent user's UID. */
  public static final long AGENT_UID = 1000;

  private TankOsBuildContext() {}

  /**
   * The build context of the default preset.
   *
   * @return the file tree
   */
  public static FileTree openClawDefault() {
    FileTree units =
        InstallLocation.user(AGENT_UID)
            .tree(
                TankOsAgentUnits.openClaw(
                    List.of(new TankOsAgentUnits.AgentSecret("anthropic_api_key", "ANTHROPIC_API_KEY"))));
    return FileTree.builder().add("rootfs", units).build();
  }
}
