/**
 * Typed control of {@code podman}: {@link io.tankos.bootc.podman.Podman} builds images from a
 * Containerfile and a context ({@link io.tankos.bootc.podman.PodmanBuild}), pushes, inspects,
 * manages manifest lists and the user's secret store. Secret values reach podman only on standard
 * input; names and versions are the shared {@code io.tankos.core.podman} vocabulary.
 */
package io.tankos.bootc.podman;
