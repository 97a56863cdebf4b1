/**
 * Typed Podman Quadlet units: every unit type and key ({@link io.tankos.quadlet.QuadletKeys}), written
 * so that Podman's Quadlet generator reads back exactly what the caller asked for, and read back as
 * Quadlet reads them; built once (every value checked), rendered as modelled or for one Podman
 * version ({@link io.tankos.quadlet.QuadletUnit#render(io.tankos.core.podman.PodmanVersion,
 * io.tankos.core.validation.TargetPolicy)}); drop-ins, templates and instances
 * ({@link io.tankos.quadlet.QuadletSet}), install locations and parsing of existing files
 * ({@link io.tankos.quadlet.QuadletUnit#parse}). The key constants, the unit classes and the shared
 * key interfaces are generated from {@code src/main/codegen/quadlet-keys.tsv}.
 */
package io.tankos.quadlet;
