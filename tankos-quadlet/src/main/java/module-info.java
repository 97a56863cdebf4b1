/** Typed Podman Quadlet units: every unit type and key, drop-ins, templates, secrets, install locations. */
module io.tankos.quadlet {
  requires transitive io.tankos.core;

  exports io.tankos.quadlet;
  exports io.tankos.quadlet.secret;
}
