package io.tankos.quadlet;

import static io.tankos.quadlet.TreeFiles.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.quadlet.QuadletVerdict.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the generator reads a unit directory tree, each rule as quadlet 5.4.2 and 5.8.6 showed it
 * (the seeded comparison with both is {@code generator.QuadletVerdictTreeTest}).
 */
class QuadletVerdictTreeRulesTest {
  private static final PodmanVersion V5_8 = PodmanVersion.parse("5.8");
  private static final String WEB = "[Container]\nImage=quay.io/a/b:1\n";

  @Test
  void theTypesAndTheNamePrefixesDropInDirectoriesApplyFrom52() {
    for (String dir : new String[] {"container.d", "web-.container.d", "a/web-.container.d", "web-app.container.d"}) {
      var tree = files("web-app.container", WEB, dir + "/10-x.conf", "[Container]\n\nBogus=1\n");
      QuadletVerdict v = QuadletVerdict.check(tree, PodmanVersion.V5_4);
      assertThat(v.status("web-app.container")).as(dir).isEqualTo(Status.REFUSED);
      // the finding is placed in the drop-in, on its own line
      assertThat(v.errors()).extracting(Object::toString).as(dir).containsExactly(dir
          + "/10-x.conf:3: Container.Bogus: unsupported key 'Bogus' in group 'Container' (in web-app.container)");
      assertThat(QuadletVerdict.check(tree, PodmanVersion.V5_1).accepted()).as(dir)
          .isEqualTo(!dir.equals("web-app.container.d"));
    }
    var other = files("web.container", WEB, "web-.container.d/10-x.conf", "[Container]\nBogus=1\n");
    assertThat(QuadletVerdict.check(other, V5_8).accepted()).isTrue(); // "web" has no "web-" prefix
  }

  @Test
  void aDropInNameIsTakenFromTheRootFirstBefore56AndFromTheMostSpecificDirectoryAfter() {
    var tree = files("web-app.container", WEB,
        "container.d/10.conf", "[Container]\nBogus=1\n",
        "sub/web-app.container.d/10.conf", "[Container]\nEnvironment=FINE=1\n");
    assertThat(QuadletVerdict.check(tree, PodmanVersion.V5_4).status("web-app.container")).isEqualTo(Status.REFUSED);
    assertThat(QuadletVerdict.check(tree, V5_8).status("web-app.container")).isEqualTo(Status.ACCEPTED);
  }

  @Test
  void subdirectoriesAreSearchedButNotDirectoriesEndingInD() {
    var tree = files("apps/db/web.container", WEB, "x.d/hidden.container", WEB, "web.container.d/y.container", WEB);
    QuadletVerdict v = QuadletVerdict.check(tree, V5_8);
    assertThat(v.units()).containsExactly(Map.entry("apps/db/web.container", Status.ACCEPTED),
        Map.entry("x.d/hidden.container", Status.IGNORED), Map.entry("web.container.d/y.container", Status.IGNORED));
    assertThat(v.warnings()).extracting(Object::toString).containsExactly(
        "x.d/hidden.container: not loaded: Quadlet of Podman 5.8 does not search a directory ending in .d for units",
        "web.container.d/y.container: not loaded: Quadlet of Podman 5.8 does not search a directory ending in .d"
            + " for units");
  }

  @Test
  void theFirstUnitOfANameIsLoadedUnlessItCannotBeRead() {
    var shadowed = files("sub/web.container", "[Container]\nBogus=1\n", "web.container", WEB);
    QuadletVerdict v = QuadletVerdict.check(shadowed, V5_8);
    assertThat(v.accepted()).isTrue();
    assertThat(v.status("sub/web.container")).isEqualTo(Status.IGNORED);
    assertThat(v.warnings()).extracting(Object::toString).containsExactly(
        "sub/web.container: not loaded: Quadlet loads the first unit of this name, web.container");
    // a first one that cannot be read does not take the name: the one below is loaded
    var broken = files("web.container", "not a line Quadlet reads\n", "sub/web.container", WEB);
    QuadletVerdict b = QuadletVerdict.check(broken, V5_8);
    assertThat(b.units()).containsExactly(Map.entry("web.container", Status.REFUSED),
        Map.entry("sub/web.container", Status.ACCEPTED));
  }

  @Test
  void aUnitThatCannotBeReadTakesTheOtherUnitsOfItsDirectoryWithIt() {
    var tree = files("a.container", WEB, "b.container", "garbage\n", "sub/c.container", WEB,
        "sub/a.container", WEB);
    QuadletVerdict v = QuadletVerdict.check(tree, PodmanVersion.V5_4);
    assertThat(v.units()).containsExactly(Map.entry("a.container", Status.REFUSED),
        Map.entry("b.container", Status.REFUSED), Map.entry("sub/c.container", Status.ACCEPTED),
        // the dropped a.container still took its name
        Map.entry("sub/a.container", Status.IGNORED));
    assertThat(v.errors()).extracting(Object::toString).containsExactly(
        "a.container: not generated: Quadlet drops every unit of a directory in which a unit file cannot be"
            + " loaded (b.container)",
        "b.container:1: error loading: file contains line 1: \u201cgarbage\u201d which is not a key-value pair,"
            + " group, or comment");
  }

  @Test
  void aDropInThatCannotBeReadIsAnErrorButTheUnitIsGenerated() {
    var tree = files("web.container", WEB, "web.container.d/1.conf", "Environment=X=1\n",
        "web.container.d/2.conf", "[Container]\nEnvironment=Y=1\n");
    QuadletVerdict v = QuadletVerdict.check(tree, V5_8);
    assertThat(v.accepted()).isFalse();
    assertThat(v.status("web.container")).isEqualTo(Status.ACCEPTED);
    assertThat(v.errors()).extracting(Object::toString)
        .containsExactly("web.container.d/1.conf:1: error loading: key file does not start with a group");
  }

  @Test
  void aPathOutsideTheDirectoryIsRefused() {
    for (String bad : new String[] {"", "/etc/x.container", "../x.container", "a/../x.container", "a//x.container",
        "./x.container", "a/", "x\0.container"}) {
      assertThatThrownBy(() -> QuadletVerdict.check(files(bad, WEB), V5_8)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a relative path");
    }
    assertThat(QuadletVerdict.check(files("..x/.y/x.container", WEB), V5_8).accepted()).isTrue();
    String name = "n".repeat(245) + ".container"; // 255 bytes: the longest name
    assertThat(QuadletVerdict.check(files(name, WEB), V5_8).accepted()).isTrue();
    assertThatThrownBy(() -> QuadletVerdict.check(files("\u00e9" + name, WEB), V5_8))
        .hasMessageStartingWith("longer than Linux allows");
    String deep = "d/".repeat(2047) + "x.container"; // 4,105 bytes
    assertThatThrownBy(() -> QuadletVerdict.check(files(deep, WEB), V5_8))
        .hasMessageStartingWith("longer than Linux allows").hasMessageEndingWith("\u2026");
  }

  @Test
  void aDeepTreeAndManyDashesAreReadWithoutRecursionOrATryPerDirectory() {
    var tree = files("d/".repeat(1900) + "a-".repeat(100) + "x.container", WEB,
        "d/".repeat(1000) + "a-a-.container.d/10.conf", "[Container]\nBogus=1\n");
    QuadletVerdict v = QuadletVerdict.check(tree, V5_8);
    assertThat(v.errors()).hasSize(1);
    assertThat(v.errors().get(0).message()).startsWith("unsupported key 'Bogus'");
  }
}
