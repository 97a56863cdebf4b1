/**
 * tankos core: systemd-style unit files, deterministic file trees, the process runner, secret-safe
 * values and validation problems shared by every tankos module.
 */
module io.tankos.core {
  requires org.apache.commons.exec;
  requires org.slf4j;

  exports io.tankos.core.validation;
  exports io.tankos.core.unit;
  exports io.tankos.core.systemd;
  exports io.tankos.core.text;
  exports io.tankos.core.fs;
  exports io.tankos.core.secret;
  exports io.tankos.core.exec;
  exports io.tankos.core.iso;
  exports io.tankos.core.podman;
}
