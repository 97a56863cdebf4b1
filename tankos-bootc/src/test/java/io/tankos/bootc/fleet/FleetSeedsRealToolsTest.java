package io.tankos.bootc.fleet;

import static io.tankos.bootc.fleet.FleetFixtures.KEY;
import static io.tankos.bootc.fleet.FleetFixtures.KEY2;
import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.cloudinit.realtools.CloudInitValidators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every seed a small fleet renders (instance selections, two keys, static IPv4 and IPv6 addresses
 * with and without MAC) passes {@code cloud-init schema} 22.4.2 and 25.1.4; its network-config
 * passes 25.1.4's network-config schema.
 */
class FleetSeedsRealToolsTest {
  @TempDir Path tmp;

  @Test
  void everySeedOfASmallFleetPassesBothCloudInits() throws Exception {
    String csv = FleetFixtures.CSV_HEADER
        + "tank-01,,\"" + KEY + "\",work,,,,,\n"
        + "tank-02,tank-02-v2,\"" + KEY + ";" + KEY2 + "\",research,52:54:00:aa:bb:02,192.0.2.12/24,192.0.2.1,"
        + "192.0.2.53;192.0.2.54,site=lab\n"
        + "tank-03,,\"" + KEY2 + "\",work;research,,2001:db8::13/64,2001:db8::1,2001:db8::53,\n"
        + "tank-04,,\"" + KEY + "\",,52:54:00:aa:bb:04,10.0.0.4/8,,,\n";
    Path out = tmp.resolve("fleet");
    FleetReport r;
    try (HostList hosts = HostList.readCsv("hosts.csv", csv)) {
      r = FleetWriter.builder(out).iso(true).build().write(Fleet.builder(FleetFixtures.twoInstances()).build(), hosts);
    }
    assertThat(r).isEqualTo(new FleetReport(4, 0, 0, 0));
    List<Path> userData = new ArrayList<>();
    List<Path> network = new ArrayList<>();
    try (Stream<Path> s = Files.list(out)) {
      s.filter(Files::isDirectory).sorted().forEach(d -> {
        userData.add(d.resolve("user-data"));
        if (Files.exists(d.resolve("network-config"))) {
          network.add(d.resolve("network-config"));
        }
      });
    }
    assertThat(userData).hasSize(4);
    assertThat(network).hasSize(3);
    assertThat(Files.readString(out.resolve("tank-01/user-data"))).contains("bootcmd:").contains("research.service");
    for (String version : CloudInitValidators.versions()) {
      assertThat(CloudInitValidators.problems(version, userData)).as(version).isEmpty();
    }
    assertThat(CloudInitValidators.networkConfigProblems(network)).isEmpty();
  }
}
