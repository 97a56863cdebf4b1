/**
 * Typed control of the tools that build and run bootc images: {@link io.tankos.bootc.cli.Podman}
 * (build, push, inspect, manifest lists, secrets), {@link io.tankos.bootc.cli.Bootc} ({@code
 * status} as a {@link io.tankos.bootc.cli.BootcHost}, switch, upgrade, rollback, lint, install) and
 * {@link io.tankos.bootc.cli.BootcImageBuilder} with its {@link io.tankos.bootc.cli.BibConfig}.
 * Every wrapper runs through an {@code io.tankos.core.exec.CommandRunner}.
 */
package io.tankos.bootc.cli;
