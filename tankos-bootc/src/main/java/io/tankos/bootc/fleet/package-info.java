/**
 * Fleets: one Tank-OS image and many hosts, each with its own NoCloud seed. Host lists come from
 * Java code or from CSV, YAML and JSON files ({@link io.tankos.bootc.fleet.HostList}), read as a
 * stream; {@link io.tankos.bootc.fleet.FleetWriter} writes one seed directory per host and, on a
 * re-run, only what changed.
 */
package io.tankos.bootc.fleet;
