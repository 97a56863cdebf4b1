/**
 * Podman secrets for Quadlet units: the secret specification ({@link io.tankos.core.podman.PodmanSecret})
 * and how a container receives it ({@link io.tankos.quadlet.secret.SecretMount}, rendered as
 * {@code Secret=}).
 */
package io.tankos.quadlet.secret;
