package io.tankos.quadlet;

import static io.tankos.quadlet.TreeFiles.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.quadlet.QuadletVerdict.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offline verdict without the generator (the corpus test compares it with the real one). */
class QuadletVerdictTest {

  @Test
  void aKeyIsRefusedByTheVersionThatLacksItWithItsLine() {
    var f = files("p.container", "[Container]\nImage=quay.io/x/a:1\n\nHttpProxy=false\n");
    QuadletVerdict old = QuadletVerdict.check(f, PodmanVersion.V5_4);
    assertThat(old.accepted()).isFalse();
    assertThat(old.status("p.container")).isEqualTo(Status.REFUSED);
    assertThat(old.errors()).extracting(Object::toString).containsExactly(
        "p.container:4: Container.HttpProxy: unsupported key 'HttpProxy' in group 'Container' (added in Podman 5.7)");
    assertThat(QuadletVerdict.check(f, PodmanVersion.parse("5.8")).accepted()).isTrue();
  }

  @Test
  void aFindingOnEveryLineOfALargeFileNamesEachLine() {
    // 20,000 findings in one unit: each is placed from one index of the file (it was read again
    // for every finding, quadratic in the lines), and comments and continuations keep the count
    StringBuilder text = new StringBuilder("[Container]\nImage=quay.io/x/a:1\n# note\nLabel=a=\\\n  b\n");
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      text.append("Environment=A%z\n");
    }
    QuadletVerdict v = QuadletVerdict.check(files("big.container", text.toString()), PodmanVersion.V5_4);
    assertThat(v.accepted()).isTrue();
    assertThat(v.warnings()).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(v.warnings().get(i).line()).as("finding %d", i).isEqualTo(6 + i);
    }
  }

  @Test
  void referencesResolveAgainstTheOtherFilesAndDropInsAreMerged() {
    String web = "[Container]\nImage=quay.io/x/a:1\nNetwork=web.network\n";
    QuadletVerdict alone = QuadletVerdict.check(files("web.container", web), PodmanVersion.V5_4);
    assertThat(alone.errors()).extracting(QuadletVerdict.Finding::message)
        .containsExactly("requested Quadlet unit web.network was not found");
    assertThat(alone.errors().get(0).line()).isEqualTo(3);
    QuadletVerdict together = QuadletVerdict.check(
        files("web.container", web, "web.network", "[Network]\n"), PodmanVersion.V5_4);
    assertThat(together.units()).containsExactly(
        Map.entry("web.container", Status.ACCEPTED), Map.entry("web.network", Status.ACCEPTED));
    QuadletVerdict dropIn = QuadletVerdict.check(
        files("a.container", "[Container]\n", "a.container.d/10-image.conf", "[Container]\nImage=x:1\n"),
        PodmanVersion.V5_4);
    assertThat(dropIn.accepted()).as(dropIn.errors().toString()).isTrue();
  }

  @Test
  void versionSpecificRefusals() {
    var mount = files("m.container", "[Container]\nImage=x:1\nMount=type=volume,destination=/d\n");
    assertThat(QuadletVerdict.check(mount, PodmanVersion.V5_4).errors().get(0).message()).contains("panic");
    assertThat(QuadletVerdict.check(mount, PodmanVersion.parse("5.8")).errors().get(0).message())
        .isEqualTo("source cannot be empty");
    var dep = files("d.volume", "[Unit]\nAfter=gone.container\n[Volume]\n");
    assertThat(QuadletVerdict.check(dep, PodmanVersion.V5_4).accepted()).isTrue();
    assertThat(QuadletVerdict.check(dep, PodmanVersion.parse("5.8")).errors().get(0).toString())
        .isEqualTo("d.volume:2: Unit.After: unable to translate dependency for gone.container");
  }

  @Test
  void silentProblemsAreWarningsAndUnloadedTypesAreIgnored() {
    QuadletVerdict v = QuadletVerdict.check(files("w.container",
        "[Container]\nImage=x:1\nReadOnly=maybe\nLabel=a=%Q\n", "a.artifact", "[Artifact]\nArtifact=x:1\n"),
        PodmanVersion.V5_4);
    assertThat(v.accepted()).isTrue();
    assertThat(v.status("a.artifact")).isEqualTo(Status.IGNORED);
    assertThat(v.warnings()).extracting(Object::toString).containsExactly(
        "w.container:3: Container.ReadOnly: 'maybe' is not a flag (true, false, yes, no, on, off, 1, 0);"
            + " Quadlet reads it as false",
        "w.container:4: Container.Label: unknown specifier '%Q'; systemd refuses to expand it",
        "a.artifact: .artifact files are not loaded by Quadlet of Podman 5.4 (supported from 5.7)");
    assertThatThrownBy(() -> v.status("x.container")).isInstanceOf(IllegalArgumentException.class);
  }
}
