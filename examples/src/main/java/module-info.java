/** Runnable examples and the {@code tankos} command. */
module io.tankos.examples {
  requires transitive io.tankos.core;
  requires transitive io.tankos.quadlet;
  requires transitive io.tankos.cloudinit;
  requires transitive io.tankos.bootc;

  exports io.tankos.examples;
}
