/**
 * Typed control of a host: {@link io.tankos.bootc.host.Bootc} reads {@code status} as a {@link
 * io.tankos.bootc.host.BootcHost} (the {@code org.containers.bootc/v1} document), and runs switch,
 * upgrade, rollback, usr-overlay, container lint and install to-disk; {@link
 * io.tankos.bootc.host.Systemctl} drives the system or a user's service manager; {@link
 * io.tankos.bootc.host.HostFiles} writes files atomically (content on stdin only), reads and
 * deletes them. All run over any {@link io.tankos.core.exec.CommandRunner}, locally or over ssh.
 */
package io.tankos.bootc.host;
