/** Containerfiles, bootc-image-builder configuration and wrappers for podman, bootc and bootc-image-builder. */
module io.tankos.bootc {
  requires transitive io.tankos.core;
  requires transitive io.tankos.quadlet;
  requires transitive io.tankos.cloudinit;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.toml;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports io.tankos.bootc.bib;
  exports io.tankos.bootc.host;
  exports io.tankos.bootc.podman;
  exports io.tankos.bootc.containerfile;
  exports io.tankos.bootc.image;
  exports io.tankos.bootc.kubevirt;
  exports io.tankos.bootc.gitops;
}
