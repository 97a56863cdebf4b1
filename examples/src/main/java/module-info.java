/** Runnable examples and the {@code tankos} command. */
module io.tankos.examples {
  requires io.tankos.core;
  requires io.tankos.quadlet;
  requires io.tankos.cloudinit;
  requires io.tankos.bootc;

  exports io.tankos.examples;
  exports io.tankos.examples.cli;
}
