/**
 * Typed cloud-init documents that cloud-init reads exactly as written: {@link
 * io.tankos.cloudinit.CloudConfig} ({@code #cloud-config}, YAML 1.1 quoted so PyYAML reads back the
 * same values), {@link io.tankos.cloudinit.UserData} (single documents or deterministic MIME
 * multi-part, gzip, base64, platform size limits) and {@link io.tankos.cloudinit.NoCloudSeed} (seed
 * directory or {@code cidata} ISO). The Tank-OS seed is made by {@code io.tankos.bootc.image.TankOsImage}.
 * {@link io.tankos.cloudinit.Target} checks a document against a cloud-init version (22.4,
 * 25.1) and a system profile (generic, bootc).
 *
 * <pre>{@code
 * CloudConfig config = CloudConfig.builder()
 *     .user(CloudUser.builder("openclaw").groups("wheel").sshAuthorizedKey(key).build())
 *     .runcmd(CloudCommand.argv("loginctl", "enable-linger", "openclaw"))
 *     .build();
 * String text = config.render(Target.bootc(CloudInitVersion.V22_4),
 *     io.tankos.core.validation.TargetPolicy.REWRITE);
 * }</pre>
 */
package io.tankos.cloudinit;
