/**
 * The Tank-OS image model: {@link io.tankos.bootc.image.TankOsImage} describes a whole Tank-OS
 * machine (bootc base, packages, files, units, the agent user, one or more OpenClaw instances with
 * their secrets, companions and health checks, first-boot provisioning) and produces its complete,
 * deterministic build context: Containerfile, rootfs, NoCloud seed and bootc-image-builder
 * configuration. {@link io.tankos.bootc.image.TankOsImage#tankOs()} reproduces Tank-OS; {@link
 * io.tankos.bootc.image.ImageSpec} reads and writes the model as a YAML or JSON spec file.
 */
package io.tankos.bootc.image;
