/**
 * Typed Podman Quadlet units: every unit type and key ({@link io.tankos.quadlet.QuadletKeys}), written
 * so that Podman's Quadlet generator reads back exactly what the caller asked for; drop-ins,
 * templates and instances ({@link io.tankos.quadlet.QuadletSet}), install locations and parsing of
 * existing files ({@link io.tankos.quadlet.QuadletUnit#parse}).
 */
package io.tankos.quadlet;
