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
}
