package io.tankos.cloudinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.ParseException;
import io.tankos.core.validation.ValidationException;
import io.tankos.testkit.Conformance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoCloudSeedTest {

  static NoCloudSeed seed() {
    return NoCloudSeed.builder()
        .metaData(MetaData.builder("tank-01-v1").localHostname("tank-01").build())
        .userData(CloudConfig.builder()
            .user(CloudUser.builder("openclaw").shell("/bin/bash").lockPasswd(true).groups("wheel")
                .sshAuthorizedKey(TestKeys.ADMIN).build())
            .hostname("tank-01")
            .runcmd(CloudCommand.argv("loginctl", "enable-linger", "openclaw"))
            .build())
        .networkConfig(NetworkConfig.v2().ethernetDhcp("eth0", "en*").build())
        .build();
  }

  @Test
  void seedDirectoryHasTheFourFiles() {
    FileTree tree = seed().toFileTree();
    assertThat(tree.paths()).containsExactly("meta-data", "network-config", "user-data");
    assertThat(tree.text("meta-data")).contains("instance-id: tank-01-v1\nlocal-hostname: tank-01\n");
    assertThat(tree.text("network-config")).contains(
        "version: 2\nethernets:\n  eth0:\n    match:\n      name: en*\n    dhcp4: true\n");
    assertThat(tree.text("user-data").orElseThrow()).startsWith("#cloud-config\n");
    assertThat(NoCloudSeed.parse(tree)).isEqualTo(seed());
  }

  @Test
  void isoIsDeterministicAndLabelledCidata() {
    byte[] a = seed().toIso();
    byte[] b = seed().toIso();
    assertThat(a).isEqualTo(b);
    assertThat(new String(Arrays.copyOfRange(a, 0x8028, 0x8028 + 6), StandardCharsets.US_ASCII))
        .isEqualTo("cidata");
  }

  @Test
  void corpusSeedDirectoriesParse() {
    for (String set : List.of("bookworm-22.4.2", "trixie-25.1.4", "upstream-examples")) {
      Path dir = Conformance.require("cloud-init/" + set + "/seed");
      NoCloudSeed s = NoCloudSeed.read(dir);
      assertThat(s.metaData().instanceId()).isNotBlank();
      assertThat(s.userData().parts()).isNotEmpty();
    }
  }

  @Test
  void missingFilesAndBadMetaDataAreRefused() {
    assertThatThrownBy(() -> NoCloudSeed.parse(FileTree.builder().file("user-data", "#cloud-config\n{}\n").build()))
        .isInstanceOf(ParseException.class).hasMessage("meta-data: the seed has no meta-data file");
    assertThatThrownBy(() -> MetaData.parse("md", "local-hostname: x\n"))
        .hasMessage("md: meta-data has no instance-id string");
    assertThatThrownBy(() -> MetaData.builder("").build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("instance-id");
  }

  @Test
  void networkConfigVersionsAndNames() {
    NetworkConfig v1 = NetworkConfig.v1()
        .physicalStatic("eth0", "52:54:00:12:34:56", "192.0.2.10/24", "192.0.2.1", List.of("192.0.2.53"))
        .physicalDhcp("eth1", null)
        .build();
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.render()).isEqualTo("version: 1\nconfig:\n"
        + "  - type: physical\n    name: eth0\n    mac_address: '52:54:00:12:34:56'\n    subnets:\n"
        + "      - type: static\n        address: 192.0.2.10/24\n        gateway: 192.0.2.1\n"
        + "        dns_nameservers: [192.0.2.53]\n"
        + "  - type: physical\n    name: eth1\n    subnets:\n      - type: dhcp\n");
    assertThat(NetworkConfig.parse("n", v1.render())).isEqualTo(v1);
    assertThatThrownBy(() -> NetworkConfig.v2().ethernetDhcp("a-very-long-device-name", null).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("ethernets.a-very-long-device-name");
    assertThatThrownBy(() -> NetworkConfig.parse("n", "version: 3\n")).isInstanceOf(ParseException.class);
  }
}
