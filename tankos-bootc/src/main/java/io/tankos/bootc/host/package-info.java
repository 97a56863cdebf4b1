/**
 * Typed control of {@code bootc} on a host: {@link io.tankos.bootc.host.Bootc} reads {@code status}
 * as a {@link io.tankos.bootc.host.BootcHost} (the {@code org.containers.bootc/v1} document), and
 * runs switch, upgrade, rollback, usr-overlay, container lint and install to-disk.
 */
package io.tankos.bootc.host;
