package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.internal.SchemaKeys;
import org.junit.jupiter.api.Test;

/** The names tankos writes are names the schemas of both versions define. */
class ConfigKeyTest {

  @Test
  void everyTypedKeyIsASchemaKeyOfBothVersions() {
    for (CloudInitVersion v : CloudInitVersion.values()) {
      for (ConfigKey k : ConfigKey.values()) {
        assertThat(v.schemaKeys()).as("%s in %s", k.key(), v).contains(k.key());
        assertThat(ConfigKey.of(k.key())).contains(k);
      }
    }
  }

  @Test
  void everyTypedUserFieldIsAUserFieldOfBothVersions() {
    CloudUser all = CloudUser.builder("openclaw").gecos("g").primaryGroup("agents").groups("wheel")
        .sudo("ALL=(ALL) ALL").shell("/bin/bash").lockPasswd(true).passwd("$6$salt$hash")
        .sshAuthorizedKey(TestKeys.ADMIN).uid(1000).system(false).homedir("/home/openclaw").noCreateHome(false)
        .build();
    for (CloudInitVersion v : CloudInitVersion.values()) {
      assertThat(SchemaKeys.userFields(v.label())).containsAll(all.fields().keySet());
    }
  }
}
