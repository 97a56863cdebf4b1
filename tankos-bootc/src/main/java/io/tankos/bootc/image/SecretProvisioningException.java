package io.tankos.bootc.image;

import io.tankos.core.exec.CommandFailedException;
import java.util.Objects;

/**
 * A provisioning step failed on the host (podman refused the secret, the drop-in could not be
 * written, systemd could not reload or restart). The message names the instance, the secret and the
 * step, never the value; the cause is the failed command with its redacted standard error tail.
 */
public class SecretProvisioningException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The instance. */
  private final String instance;

  /** The secret's name. */
  private final String secret;

  /** The step that failed. */
  private final String step;

  /**
   * A failure.
   *
   * @param instance the instance
   * @param secret the secret's name
   * @param step what failed, e.g. {@code podman secret create}
   * @param cause the failed command
   */
  public SecretProvisioningException(String instance, String secret, String step, CommandFailedException cause) {
    super("instance " + instance + ", secret " + secret + ": " + step + " failed (exit " + cause.exitCode()
        + "): " + cause.stderrTail().strip(), cause);
    this.instance = Objects.requireNonNull(instance, "instance");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.step = Objects.requireNonNull(step, "step");
  }

  /**
   * The instance.
   *
   * @return e.g. {@code openclaw}
   */
  public String instance() {
    return instance;
  }

  /**
   * The secret's name.
   *
   * @return e.g. {@code anthropic_api_key}
   */
  public String secret() {
    return secret;
  }

  /**
   * The step that failed.
   *
   * @return e.g. {@code podman secret create}
   */
  public String step() {
    return step;
  }
}
