/** Typed cloud-init documents: cloud-config, multi-part user-data and NoCloud seeds. */
module io.tankos.cloudinit {
  requires transitive io.tankos.core;
  requires org.yaml.snakeyaml;

  exports io.tankos.cloudinit;
  exports io.tankos.cloudinit.internal to io.tankos.bootc; // the emitter analysis both YAML writers use
}
