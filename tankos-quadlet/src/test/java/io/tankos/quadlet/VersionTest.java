package io.tankos.quadlet;

import static io.tankos.quadlet.ValueRenderingTest.catchValidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.ExecWords;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Version gating, downgrades to PodmanArgs and version-dependent meanings. */
class VersionTest {

  private static ContainerUnit.Builder web(PodmanVersion v) {
    return ContainerUnit.builder("web").podmanVersion(v).image("quay.io/example/web:1.0");
  }

  @Test
  void parsesVersions() {
    assertThat(PodmanVersion.parse("5.4.2").releaseLine()).isEqualTo(PodmanVersion.V5_4);
    assertThat(PodmanVersion.parse("5.4.2")).hasToString("5.4.2").isGreaterThan(PodmanVersion.V5_4);
    assertThat(PodmanVersion.parse("v5.8.1").releaseLine()).isEqualTo(PodmanVersion.V5_8);
    assertThat(PodmanVersion.parse("6.0.0-dev")).isEqualTo(PodmanVersion.V6_0);
    assertThat(PodmanVersion.parse("4.3.1").atLeast(PodmanVersion.V4_4)).isFalse();
    assertThat(PodmanVersion.DEFAULT).isEqualTo(PodmanVersion.V5_8);
    assertThatThrownBy(() -> PodmanVersion.parse("podman")).hasMessageContaining("not a Podman version");
    assertThatThrownBy(() -> web(PodmanVersion.parse("4.3.1")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("4.4");
  }

  @Test
  void strictRejectsKeysTheTargetLacks() {
    var e = catchValidation(() -> web(PodmanVersion.V5_4).appArmor("unconfined").memory("1g").build());
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0).location().path()).isEqualTo("Container.AppArmor");
    assertThat(e.problems().get(0).message()).contains("AppArmor").contains("5.4").contains("5.8");
  }

  @Test
  void downgradeWritesTheEquivalentPodmanArgs() {
    ContainerUnit unit = web(PodmanVersion.V5_4)
        .versionPolicy(TargetPolicy.REWRITE)
        .appArmor("my profile")
        .httpProxy(false)
        .build();
    assertThat(unit.values("PodmanArgs")).hasSize(2);
    assertThat(ExecWords.split(unit.values("PodmanArgs").get(0)))
        .containsExactly("--security-opt", "apparmor=my profile");
    assertThat(unit.values("PodmanArgs").get(1)).isEqualTo("--http-proxy=false");
    assertThat(unit.values("AppArmor")).isEmpty();
    // no equivalent: still an error
    assertThat(catchValidation(() -> web(PodmanVersion.V5_4).versionPolicy(TargetPolicy.REWRITE)
        .reloadSignal("SIGHUP").build()).getMessage()).contains("ReloadSignal").contains("no PodmanArgs");
  }

  @Test
  void unitTypesTheTargetDoesNotLoad() {
    assertThat(catchValidation(() -> ArtifactUnit.builder("m").podmanVersion(PodmanVersion.V5_4)
        .artifact("quay.io/x/m:1").build()).getMessage())
        .contains(".artifact units are not loaded by Podman 5.4");
    assertThat(ArtifactUnit.builder("m").artifact("quay.io/x/m:1").build().serviceName())
        .isEqualTo("m-artifact.service");
    assertThat(catchValidation(() -> PodUnit.builder("p").podmanVersion(PodmanVersion.V4_9).build())
        .getMessage()).contains(".pod units");
  }

  @Test
  void versionDependentMeanings() {
    assertThat(catchValidation(() -> web(PodmanVersion.V5_4).entrypoint("").build()).getMessage())
        .contains("Container.Entrypoint").contains("empty value is ignored");
    assertThat(web(PodmanVersion.V5_5).entrypoint("").build().values("Entrypoint")).containsExactly("");
    assertThat(catchValidation(() -> web(PodmanVersion.V5_4).environmentInherited("FOO").build())
        .getMessage()).contains("Container.Environment[0]");
    assertThat(web(PodmanVersion.V5_8).environmentInherited("FOO").build().values("Environment"))
        .containsExactly("FOO");
    assertThat(catchValidation(() -> KubeUnit.builder("k").podmanVersion(PodmanVersion.V5_4)
        .yaml("a.yaml").yaml("b.yaml").build()).getMessage()).contains("single Yaml");
    assertThat(KubeUnit.builder("k").yaml("a.yaml").yaml("b.yaml").build().values("Yaml")).hasSize(2);
    assertThat(catchValidation(() -> web(PodmanVersion.V5_4).upheldBy("x.target").build()).getMessage())
        .contains("Install.UpheldBy");
    assertThat(catchValidation(() -> web(PodmanVersion.V5_4).requires("db.container").build())
        .getMessage()).contains("does not translate");
    assertThat(web(PodmanVersion.V5_5).requires("db.container").build().render())
        .contains("Requires=db.container");
    assertThat(catchValidation(() -> web(PodmanVersion.V5_2).defaultDependencies(false).build())
        .getMessage()).contains("DefaultDependencies").contains("5.3");
  }

  @Test
  void rawKeysAreVersionChecked() {
    assertThat(catchValidation(() -> web(PodmanVersion.V5_4).rawEntry("Container", "AppArmor", "x")
        .build()).getMessage()).contains("not supported by Podman 5.4");
  }

  @Test
  void parsedUnitsAreCheckedWhenRebuiltForATarget() {
    ContainerUnit parsed = ContainerUnit.parse("a.container", "[Container]\nImage=x:1\nMemory=1g\n");
    assertThat(parsed.toBuilder().build().render()).contains("Memory=1g");
    assertThat(catchValidation(() -> parsed.toBuilder().podmanVersion(PodmanVersion.V5_4).build())
        .getMessage()).contains("Memory");
  }
}
