package io.tankos.bootc.image.internal;

import java.util.List;
import java.util.Objects;

/**
 * What the generated scripts need to know of one agent instance.
 *
 * <p>The service-gator companion, when there is one, keeps its configuration in {@code
 * ~/.config/BASE} where {@code BASE} is {@code gatorQuadletName} without {@code .container} (Tank-OS:
 * {@code ~/.config/service-gator}); its Quadlet mounts that directory.
 *
 * @param name the instance's name, e.g. {@code openclaw} or {@code work}
 * @param containerName the agent container's {@code ContainerName=}
 * @param quadletName the agent's Quadlet file name, e.g. {@code openclaw.container}
 * @param gatewayPort the gateway's port on the host's loopback interface
 * @param stateDirectory the state directory, relative to the agent user's home
 * @param envFile the environment file, relative to the agent user's home
 * @param secrets the secrets the agent container accepts
 * @param gatorQuadletName the service-gator Quadlet file name, or null without service-gator
 * @param gatorSecrets the secrets service-gator accepts (empty without service-gator)
 */
public record InstanceInputs(
    String name,
    String containerName,
    String quadletName,
    int gatewayPort,
    String stateDirectory,
    String envFile,
    List<SecretBinding> secrets,
    String gatorQuadletName,
    List<SecretBinding> gatorSecrets) {

  /**
   * Checks presence and copies the lists (the rest is checked by {@link ImageScripts#render}).
   *
   * @param name the instance's name
   * @param containerName the agent container's name
   * @param quadletName the agent's Quadlet file name
   * @param gatewayPort the gateway's port
   * @param stateDirectory the state directory
   * @param envFile the environment file
   * @param secrets the agent's secrets
   * @param gatorQuadletName the service-gator Quadlet file name, or null
   * @param gatorSecrets service-gator's secrets
   */
  public InstanceInputs {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(containerName, "containerName");
    Objects.requireNonNull(quadletName, "quadletName");
    Objects.requireNonNull(stateDirectory, "stateDirectory");
    Objects.requireNonNull(envFile, "envFile");
    secrets = List.copyOf(Objects.requireNonNull(secrets, "secrets"));
    gatorSecrets = List.copyOf(Objects.requireNonNull(gatorSecrets, "gatorSecrets"));
  }

  /**
   * The systemd service Quadlet generates for the agent, e.g. {@code openclaw.service}.
   *
   * @return the service's name
   */
  public String serviceName() {
    return ScriptNames.serviceOf(quadletName);
  }

  /**
   * Whether the instance has a service-gator companion.
   *
   * @return true when {@code gatorQuadletName} is set
   */
  public boolean hasGator() {
    return gatorQuadletName != null;
  }
}
