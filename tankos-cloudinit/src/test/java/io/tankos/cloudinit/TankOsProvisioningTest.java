package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The Tank-OS seed: a reused builder never carries one host's identity to the next. */
class TankOsProvisioningTest {

  @Test
  void aReusedBuilderDerivesEachHostsInstanceId() {
    TankOsProvisioning.Builder b = TankOsProvisioning.builder().sshAuthorizedKey(TestKeys.ADMIN);
    TankOsProvisioning first = b.hostname("tank-01").build();
    TankOsProvisioning second = b.hostname("tank-02").build();
    assertThat(first.instanceId()).isEqualTo("tank-01-1");
    assertThat(second.instanceId()).isEqualTo("tank-02-1");
    assertThat(second.metaData().render()).isEqualTo("instance-id: tank-02-1\nlocal-hostname: tank-02\n");
    assertThat(b.hostname("tank-01").build().seed()).isEqualTo(first.seed());
  }

  @Test
  void aGivenInstanceIdBelongsToItsHost() {
    TankOsProvisioning.Builder b = TankOsProvisioning.builder().sshAuthorizedKey(TestKeys.ADMIN)
        .hostname("tank-01").instanceId("tank-01-v2");
    assertThat(b.build().instanceId()).isEqualTo("tank-01-v2");
    assertThatThrownBy(() -> b.hostname("tank-02").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("meta-data.instance-id: 'tank-01-v2' is not an instance id of host tank-02 (it must be"
            + " tank-02 or start with tank-02-): set the instance id for this host");
    assertThat(b.instanceId("tank-02").build().instanceId()).isEqualTo("tank-02");
    assertThatThrownBy(() -> b.instanceId("tank-020").build()).isInstanceOf(ValidationException.class);
  }

  @Test
  void keysAreCheckedWhereTheyGo() {
    assertThatThrownBy(() -> TankOsProvisioning.builder().sshAuthorizedKey(TestKeys.ADMIN)
        .sshAuthorizedKey("ssh-ed25519 AAAA admin@laptop").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("users[0].ssh_authorized_keys[1]: key data after ssh-ed25519 is truncated (the value is not shown)");
    TankOsProvisioning p = TankOsProvisioning.builder()
        .sshAuthorizedKeys("# admins\n" + TestKeys.ADMIN + "\n\n" + TestKeys.OPS + "\n").build();
    assertThat(p.cloudConfig().users().get(0).sshAuthorizedKeys()).containsExactly(TestKeys.ADMIN, TestKeys.OPS);
  }
}
