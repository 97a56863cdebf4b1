package io.tankos.bootc.containerfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.image.AccountsForm;
import io.tankos.bootc.image.BaseImage;
import io.tankos.bootc.image.PackageManager;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.core.validation.TargetPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The image model's Containerfile parses back to the same model: the same instructions with the
 * same meaning for the builder (every word evaluated as BuildKit and Buildah expand it) and the
 * same text, for each builder it is rendered for; bootc lint finds nothing in the sysusers.d form.
 */
class TankOsImageContainerfileTest {

  @Test
  void theImagesContainerfileParsesBackToTheSameModel() {
    TankOsImage fedora = TankOsImage.tankOs();
    TankOsImage debian = fedora.toBuilder()
        .base(BaseImage.builder("localhost/debian-bootc:12").packageManager(PackageManager.APT)
            .accounts(AccountsForm.USERADD).build())
        .clearPackages().packages("podman", "openssh-server")
        .lint(false)
        .build();
    Map<String, String> env = Map.of("BOOTC_BASE", "quay.io/fedora/fedora-bootc:44");
    for (TankOsImage image : List.of(fedora, debian)) {
      Containerfile model = image.containerfile();
      for (BuilderTarget target : List.of(BuilderTarget.podman(4, 3), BuilderTarget.podman(5, 4),
          BuilderTarget.buildkit())) {
        ContainerfileRender r = model.render(target, TargetPolicy.STRICT);
        Containerfile parsed = Containerfile.parse("Containerfile", r.text());
        assertThat(Semantics.of(parsed, env)).as("%s", target).isEqualTo(Semantics.of(model, env));
        assertThat(parsed.instructions()).extracting(Instruction::keyword)
            .isEqualTo(model.instructions().stream().map(Instruction::keyword).toList());
        assertThat(parsed.toString()).isEqualTo(model.toString()).isEqualTo(r.text());
        assertThat(r.contextFiles().isEmpty()).isTrue();
        if (image == fedora) {
          assertThat(BootcLint.check(parsed)).isEmpty(); // the sysusers.d/tmpfiles.d form is the bootc way
        } else {
          // the useradd form (bases without systemd) writes /var and /etc/passwd at build time, unlinted
          assertThat(BootcLint.check(parsed)).extracting(LintFinding::rule)
              .containsOnly("ephemeral-path", "sysusers", "missing-lint");
        }
      }
    }
  }
}
