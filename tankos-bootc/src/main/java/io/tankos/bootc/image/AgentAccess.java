package io.tankos.bootc.image;

/**
 * How commands reach the agent user on a host, for {@link SecretProvisioner}: Podman secrets live in
 * the agent user's own store and {@code systemctl --user} talks to the agent user's manager, so
 * every provisioning command runs as that user.
 *
 * <pre>{@code
 * SecretProvisioner p = SecretProvisioner.builder(ssh).access(AgentAccess.SUDO).build();
 * }</pre>
 */
public enum AgentAccess {
  /** The runner already is the agent user (an ssh login as {@code openclaw}): commands run as given. */
  DIRECT,
  /**
   * The runner is root: {@code runuser -u USER -- env XDG_RUNTIME_DIR=/run/user/UID COMMAND…}
   * ({@code runuser} sets {@code HOME} to the agent's home).
   */
  RUNUSER,
  /**
   * The runner is another user allowed to use sudo without a password: {@code sudo -n -H -u USER --
   * env XDG_RUNTIME_DIR=/run/user/UID COMMAND…}.
   */
  SUDO
}
