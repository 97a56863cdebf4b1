package io.tankos.bootc.fleet;

import static io.tankos.bootc.fleet.FleetFixtures.KEY;
import static io.tankos.bootc.fleet.FleetFixtures.KEY2;
import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.core.fs.FileTree;
import io.tankos.testkit.Chars;
import io.tankos.testkit.Gen;
import io.tankos.testkit.Seeded;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast seed files are byte for byte what the seed model renders. */
class SeedFilesTest {
  static final Fleet FLEET = Fleet.builder(FleetFixtures.twoInstances()).build();

  /** Host names and instance-id suffixes, with YAML's special words and characters mixed in. */
  static Gen<String> words() {
    return Gen.oneOf(
        Gen.strings(Chars.of("abcxyzABZ0189.-_"), 1, 10),
        Gen.of("y", "n", "Yes", "no", "ON", "off", "True", "null", "Null", "e1", "inf", "nan"));
  }

  static void same(FleetHost host) {
    FileTree expected = FLEET.seed(host).toFileTree();
    assertThat(SeedFiles.of(FLEET, host, false)).as(host.toString()).isEqualTo(expected);
  }

  @Test
  void generatedHostsGiveTheModelsBytes() {
    Seeded.cases("seedFilesEqualTheModel", words().list(2, 2)).tries(400).check(p -> {
      FleetHost host;
      try {
        host = FleetHost.builder(p.get(0)).instanceId(p.get(0) + "-" + p.get(1)).sshAuthorizedKey(KEY).build();
      } catch (io.tankos.core.validation.ValidationException e) {
        return; // not a host: nothing to render
      }
      same(host);
    });
  }

  @Test
  void specialValuesTakeTheModelsPath() {
    assertThat(SeedFiles.plain("tank-01")).isTrue();
    for (String w : List.of("yes", "No", "on", "OFF", "true", "null", "y", "1e3", "0x1f", "-a", ".inf", "a:b", "a b")) {
      assertThat(SeedFiles.plain(w)).as(w).isFalse();
    }
    same(FleetHost.builder("tank-01").instanceId("tank-01-yes").sshAuthorizedKey(KEY).sshAuthorizedKey(KEY2)
        .instances("work").address("192.0.2.1/24").build());
    same(FleetHost.builder("on").sshAuthorizedKey(KEY).build());
    FileTree iso = SeedFiles.of(FLEET, FleetHost.builder("tank-02").sshAuthorizedKey(KEY).build(), true);
    assertThat(iso.paths()).contains("seed.iso", "user-data", "meta-data");
  }

  private static final List<String> V6 = List.of("fd00::5", "2001:db8::1", "fe80::1", "::1");
  private static final List<String> MACS = List.of("52:54:00:ab:cd:ef", "52:54:00:12:34:56",
      "00:11:22:33:44:55", "AA:BB:CC:DD:EE:FF", "02:00:00:00:00:0a", "12:34:56:78:9a:bc");

  /** An IPv4 (mostly) or IPv6 address drawn from the numbers, from index {@code at} on. */
  private static String ip(List<Integer> n, int at) {
    return n.get(at) % 4 == 0 ? V6.get(n.get(at + 1) % V6.size())
        : (n.get(at + 1) % 256) + "." + (n.get(at + 2) % 256) + "." + (n.get(at + 3) % 256) + "." + (n.get(at + 4) % 256);
  }

  @Test
  void staticNetworksGiveTheModelsBytes() {
    int[] templated = {0};
    Seeded.cases("networkConfigEqualsTheModel", Gen.ints(0, 1 << 20).list(24, 24)).tries(400).check(n -> {
      FleetHost.Builder b = FleetHost.builder("tank-01").sshAuthorizedKey(KEY)
          .address(ip(n, 0) + (n.get(5) % 3 == 0 ? "" : "/" + (n.get(5) % 33)));
      if (n.get(6) % 2 == 0) {
        b.gateway(ip(n, 7));
      }
      for (int d = 0; d < n.get(12) % 3; d++) {
        b.dns(ip(n, 13 + 5 * d));
      }
      if (n.get(23) % 3 != 0) {
        b.mac(MACS.get(n.get(23) % MACS.size()));
      }
      FleetHost host;
      try {
        host = b.build();
      } catch (io.tankos.core.validation.ValidationException e) {
        return; // not a host: nothing to render
      }
      same(host);
      if (SeedFiles.networkConfig(host) != null) {
        templated[0]++;
      }
    });
    // the template is taken for most IPv4 hosts; an empty count would mean it is never tested
    assertThat(templated[0]).as("hosts whose network-config came from the template").isGreaterThan(50);
  }
}
