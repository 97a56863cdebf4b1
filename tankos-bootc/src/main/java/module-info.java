/** Containerfiles, bootc-image-builder configuration and wrappers for podman, bootc and bootc-image-builder. */
module io.tankos.bootc {
  requires transitive io.tankos.core;
  requires transitive io.tankos.quadlet;
  requires transitive io.tankos.cloudinit;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.toml;

  exports io.tankos.bootc.cli;
  exports io.tankos.bootc.containerfile;
}
