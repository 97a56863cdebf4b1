package io.tankos.quadlet;

import static io.tankos.quadlet.ValueRenderingTest.catchValidation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.ExecWords;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The Podman version is chosen when rendering: a unit is built once, {@code render()} writes it as
 * modelled, {@code render(target, policy)} checks it against the target (STRICT) or writes the
 * {@code PodmanArgs=} equivalent of a key the target lacks (REWRITE).
 */
class VersionTest {
  private static final TargetPolicy STRICT = TargetPolicy.STRICT;

  private static ContainerUnit.Builder web() {
    return ContainerUnit.builder("web").image("quay.io/example/web:1.0");
  }

  @Test
  void parsesVersions() {
    assertThat(PodmanVersion.parse("5.4.2").releaseLine()).isEqualTo(PodmanVersion.V5_4);
    assertThat(PodmanVersion.parse("5.4.2")).hasToString("5.4.2").isGreaterThan(PodmanVersion.V5_4);
    assertThat(PodmanVersion.parse("v5.8.1").releaseLine()).isEqualTo(PodmanVersion.V5_8);
    assertThat(PodmanVersion.parse("6.0.0-dev")).isEqualTo(PodmanVersion.V6_0);
    assertThat(PodmanVersion.DEFAULT).isEqualTo(PodmanVersion.V5_8);
    assertThatThrownBy(() -> PodmanVersion.parse("podman")).hasMessageContaining("not a Podman version");
    ContainerUnit unit = web().build();
    assertThatThrownBy(() -> unit.render(PodmanVersion.parse("4.3.1"), STRICT))
        .isInstanceOf(ValidationException.class)
        .hasMessage("web.container: Podman 4.3.1 has no Quadlet generator (Quadlet needs 4.4 or later)");
  }

  @Test
  void strictNamesKeyTargetAndFirstVersion() {
    ContainerUnit unit = web().appArmor("unconfined").memory("1g").build();
    assertThat(unit.render()).contains("AppArmor=unconfined\n").contains("Memory=1g\n");
    var e = catchValidation(() -> unit.render(PodmanVersion.V5_4, STRICT));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0).location().path()).isEqualTo("Container.AppArmor");
    assertThat(e.problems().get(0).message())
        .isEqualTo("key AppArmor is not supported by Podman 5.4 (added in 5.8)");
    assertThat(unit.render(PodmanVersion.V5_8, STRICT)).isEqualTo(unit.render());
  }

  @Test
  void rewriteWritesTheEquivalentPodmanArgs() {
    ContainerUnit unit = web().appArmor("my profile").httpProxy(false).build();
    String text = unit.render(PodmanVersion.V5_4, TargetPolicy.REWRITE);
    ContainerUnit rewritten = ContainerUnit.parse("web.container", text);
    assertThat(rewritten.values("PodmanArgs")).hasSize(2);
    assertThat(ExecWords.split(rewritten.values("PodmanArgs").get(0)))
        .containsExactly("--security-opt", "apparmor=my profile");
    assertThat(rewritten.podmanArgs()).endsWith("--http-proxy=false");
    assertThat(rewritten.appArmor()).isEmpty();
    assertThat(unit.appArmor()).contains("my profile"); // the model is unchanged
    // no equivalent: still an error
    assertThat(catchValidation(() -> web().reloadSignal("SIGHUP").build()
        .render(PodmanVersion.V5_4, TargetPolicy.REWRITE)).getMessage())
        .contains("ReloadSignal").contains("no PodmanArgs");
  }

  @Test
  void unitTypesTheTargetDoesNotLoad() {
    ArtifactUnit model = ArtifactUnit.builder("m").artifact("quay.io/x/m:1").build();
    assertThat(catchValidation(() -> model.render(PodmanVersion.V5_4, STRICT)).getMessage())
        .isEqualTo("m.artifact: .artifact units are not loaded by Podman 5.4 (supported from 5.7)");
    assertThat(model.serviceName()).isEqualTo("m-artifact.service");
    assertThat(catchValidation(() -> PodUnit.builder("p").build().render(PodmanVersion.V4_9, STRICT))
        .getMessage()).contains(".pod units");
  }

  @Test
  void versionDependentMeanings() {
    ContainerUnit empty = web().entrypoint("").build();
    assertThat(catchValidation(() -> empty.render(PodmanVersion.V5_4, STRICT)).getMessage())
        .contains("Container.Entrypoint").contains("empty value is ignored");
    assertThat(empty.render(PodmanVersion.V5_5, STRICT)).contains("Entrypoint=\n");
    ContainerUnit inherited = web().environmentInherited("FOO").build();
    assertThat(catchValidation(() -> inherited.render(PodmanVersion.V5_4, STRICT)).getMessage())
        .contains("Container.Environment[0]").contains("needs 5.5");
    assertThat(inherited.environmentInherited()).containsExactly("FOO");
    KubeUnit twoYaml = KubeUnit.builder("k").addYaml("a.yaml").addYaml("b.yaml").build();
    assertThat(catchValidation(() -> twoYaml.render(PodmanVersion.V5_4, STRICT)).getMessage())
        .contains("Kube.Yaml[0]").contains("reads only the last one (several need 5.5)");
    assertThat(twoYaml.yaml()).containsExactly("a.yaml", "b.yaml");
    assertThat(catchValidation(() -> web().upheldBy("x.target").build().render(PodmanVersion.V5_4, STRICT))
        .getMessage()).contains("Install.UpheldBy");
    ContainerUnit requires = web().requires("db.container").build();
    assertThat(catchValidation(() -> requires.render(PodmanVersion.V5_4, STRICT)).getMessage())
        .contains("does not translate");
    assertThat(requires.render(PodmanVersion.V5_5, STRICT)).contains("Requires=db.container");
    assertThat(catchValidation(() -> web().defaultDependencies(false).build().render(PodmanVersion.V5_2, STRICT))
        .getMessage()).contains("DefaultDependencies").contains("5.3");
  }

  @Test
  void rawKeysAreVersionCheckedWhenRendered() {
    ContainerUnit raw = web().rawEntry("Container", "AppArmor", "x").build();
    assertThat(catchValidation(() -> raw.render(PodmanVersion.V5_4, STRICT)).getMessage())
        .contains("not supported by Podman 5.4");
  }

  @Test
  void parsedUnitsAreCheckedWhenRenderedForATarget() {
    ContainerUnit parsed = ContainerUnit.parse("a.container", "[Container]\nImage=x:1\nMemory=1g\n");
    assertThat(parsed.toBuilder().build().render()).contains("Memory=1g");
    assertThat(catchValidation(() -> parsed.render(PodmanVersion.V5_4, STRICT)).getMessage()).contains("Memory");
    // a parsed file with keys Quadlet does not know renders as written, and is refused for a target
    QuadletUnit lenient = QuadletUnit.parseLenient("b.container", "[Container]\nImage=x:1\nBogus=1\n");
    assertThat(lenient.render()).contains("Bogus=1");
    assertThat(catchValidation(() -> lenient.render(PodmanVersion.V5_8, STRICT)).getMessage())
        .contains("unsupported key 'Bogus'");
    assertThat(catchValidation(() -> lenient.toBuilder().build()).getMessage())
        .contains("Container.Bogus[0]: unsupported key 'Bogus'");
    // Quadlet before 6.0 strips every leading and trailing quote of a single value, 6.0 a pair only
    ContainerUnit quoted = ContainerUnit.parse("q.container", "[Container]\nImage=\"x:1\"\nReadOnly=true\"\n");
    assertThat(quoted.image()).contains("x:1");
    assertThat(quoted.readOnly()).contains(false);
    assertThat(catchValidation(() -> quoted.render(PodmanVersion.V5_8, STRICT)).problems())
        .extracting(p -> p.location().path()).containsExactly("Container.ReadOnly");
  }
}
