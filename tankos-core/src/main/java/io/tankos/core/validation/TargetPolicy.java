package io.tankos.core.validation;

/**
 * What rendering does with a construct that the chosen target (a Podman version for Quadlet units, a
 * cloud-init version for cloud-config, a builder for Containerfiles) does not support. One policy for
 * every format.
 *
 * <pre>{@code
 * // with tankos-quadlet and tankos-bootc:
 * // unit.render(PodmanVersion.V4_4, TargetPolicy.REWRITE);
 * // containerfile.render(BuilderTarget.podman(4, 3), TargetPolicy.STRICT);
 * TargetPolicy policy = TargetPolicy.valueOf("REWRITE");
 * }</pre>
 */
public enum TargetPolicy {
  /** The construct is an error naming it, the target and what the target lacks. */
  STRICT,
  /**
   * The construct is rewritten into an equivalent one the target supports where one exists (a Quadlet
   * key becomes its {@code PodmanArgs=} flag, a heredoc {@code RUN} a context file run by {@code
   * /bin/sh}); where none exists it is an error as under {@link #STRICT}.
   */
  REWRITE
}
