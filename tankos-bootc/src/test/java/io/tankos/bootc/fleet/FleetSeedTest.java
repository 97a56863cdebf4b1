package io.tankos.bootc.fleet;

import static io.tankos.bootc.fleet.FleetFixtures.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.bootc.image.Provisioning;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.cloudinit.CloudCommand;
import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A host's seed is the image's seed with the host's values, instance selection and network. */
class FleetSeedTest {

  static CloudConfig config(NoCloudSeed seed) {
    return seed.userData().parts().get(0).cloudConfig().orElseThrow();
  }

  @Test
  void plainHostGetsTheImageSeedForItsProvisioning() {
    TankOsImage image = TankOsImage.tankOs();
    FleetHost host = FleetHost.builder("tank-07").sshAuthorizedKey(KEY).build();
    NoCloudSeed seed = Fleet.builder(image).build().seed(host);
    Provisioning p = Provisioning.builder().hostname("tank-07").sshAuthorizedKey(KEY).build();
    assertThat(seed).isEqualTo(image.toBuilder().provisioning(p).build().seed());
    assertThat(seed.metaData().instanceId()).isEqualTo("tank-07-local");
    assertThat(seed.metaData().localHostname()).contains("tank-07");
    assertThat(seed.networkConfig()).isEmpty();
  }

  @Test
  void aSecondHostWithTheSameKeysGetsTheSameSeedAsFromTheImage() {
    TankOsImage image = TankOsImage.tankOs();
    Fleet fleet = Fleet.builder(image).build();
    for (String name : List.of("tank-01", "tank-02", "tank-01")) {
      FleetHost host = FleetHost.builder(name).instanceId(name + "-v9").sshAuthorizedKey(KEY).build();
      assertThat(fleet.seed(host)).isEqualTo(image.seed(host.provisioning()));
    }
  }

  @Test
  void unselectedInstancesAreMaskedAtBoot() {
    Fleet fleet = Fleet.builder(FleetFixtures.twoInstances()).build();
    NoCloudSeed work = fleet.seed(FleetHost.builder("tank-01").sshAuthorizedKey(KEY).instances("work").build());
    assertThat(config(work).bootcmd()).containsExactly(
        CloudCommand.argv("systemctl", "--global", "mask", "research.service"),
        CloudCommand.argv("systemctl", "--global", "mask", "research-healthcheck.timer"));
    NoCloudSeed research = fleet.seed(FleetHost.builder("tank-02").sshAuthorizedKey(KEY).instances("research").build());
    assertThat(config(research).bootcmd()).containsExactly(
        CloudCommand.argv("systemctl", "--global", "mask", "work.service"),
        CloudCommand.argv("systemctl", "--global", "mask", "work-gator.service"),
        CloudCommand.argv("systemctl", "--global", "mask", "work-healthcheck.timer"));
    NoCloudSeed both = fleet.seed(FleetHost.builder("tank-03").sshAuthorizedKey(KEY).instances("research", "work").build());
    assertThat(config(both).bootcmd()).isEmpty();
    assertThat(config(work).users()).isEqualTo(config(both).users());
  }

  @Test
  void anInstanceTheImageLacksIsRefusedAtItsIndex() {
    Fleet fleet = Fleet.builder(FleetFixtures.twoInstances()).build();
    FleetHost host = FleetHost.builder("tank-01").sshAuthorizedKey(KEY).instances("work", "openclaw").build();
    assertThatThrownBy(() -> fleet.seed(host)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("FleetHost.instances[1]: not an instance of the image (it has work, research)");
  }

  @Test
  void staticAddressBecomesNetworkConfigV2() {
    FleetHost host = FleetHost.builder("tank-01").sshAuthorizedKey(KEY).mac("52:54:00:AA:BB:01")
        .address("192.0.2.11/24").gateway("192.0.2.1").dns("192.0.2.53", "192.0.2.54").build();
    NoCloudSeed seed = Fleet.builder(TankOsImage.tankOs()).build().seed(host);
    assertThat(seed.networkConfig().orElseThrow().render()).isEqualTo("version: 2\n"
        + "ethernets:\n"
        + "  primary:\n"
        + "    match:\n"
        + "      macaddress: 52:54:00:aa:bb:01\n"
        + "    addresses: [192.0.2.11/24]\n"
        + "    routes:\n"
        + "      - to: default\n"
        + "        via: 192.0.2.1\n"
        + "    nameservers:\n"
        + "      addresses: [192.0.2.53, 192.0.2.54]\n");
    NoCloudSeed noMac = Fleet.builder(TankOsImage.tankOs()).build()
        .seed(FleetHost.builder("tank-02").sshAuthorizedKey(KEY).address("2001:db8::2/64").build());
    assertThat(noMac.networkConfig().orElseThrow().render()).contains("match:\n      name: e*\n");
    assertThat(seed.toFileTree().paths()).containsExactly("meta-data", "network-config", "user-data");
  }

  @Test
  void hostValuesAndToBuilder() {
    FleetHost h = FleetHost.builder("tank-01").sshAuthorizedKey(KEY).instances("work").mac("52:54:00:12:34:56")
        .address("192.0.2.11/24").label("example.com/site", "lab").build();
    assertThat(h.toBuilder().build()).isEqualTo(h);
    assertThat(h.toString()).isEqualTo("FleetHost[tank-01, tank-01-local, 1 keys, instances [work], 192.0.2.11/24]");
    assertThatThrownBy(() -> FleetHost.builder("tank-01").sshAuthorizedKey(KEY).label("a/b/c", "x").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("FleetHost.labels.a/b/c: not a label name");
    assertThat(List.of(h.instanceId(), h.mac().orElseThrow())).containsExactly("tank-01-local", "52:54:00:12:34:56");
  }
}
