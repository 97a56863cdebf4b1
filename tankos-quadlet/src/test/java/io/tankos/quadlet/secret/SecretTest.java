package io.tankos.quadlet.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.podman.PodmanSecret;
import io.tankos.core.podman.SecretDriver;
import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void namesFollowPodmansRule() {
    assertThat(PodmanSecret.isValidName("db-password")).isTrue();
    assertThat(PodmanSecret.isValidName("a.b_c-1")).isTrue();
    assertThat(PodmanSecret.isValidName("x".repeat(253))).isTrue();
    assertThat(PodmanSecret.isValidName("x".repeat(254))).isFalse();
    assertThat(PodmanSecret.isValidName("")).isFalse();
    assertThat(PodmanSecret.isValidName("-a")).isFalse();
    assertThat(PodmanSecret.isValidName("a-")).isFalse();
    assertThat(PodmanSecret.isValidName("a.")).isFalse();
    assertThat(PodmanSecret.isValidName("a,b")).isFalse();
    assertThat(PodmanSecret.isValidName("a b")).isFalse();
    assertThat(PodmanSecret.isValidName("a/b")).isFalse();
  }

  @Test
  void mountsOfASpec() {
    PodmanSecret s = PodmanSecret.builder("api-key").label("app", "openclaw").build();
    assertThat(SecretMount.env(s, "API_KEY").spec()).isEqualTo("api-key,type=env,target=API_KEY");
    assertThat(SecretMount.file(s).target("/run/secrets/key").build().spec())
        .isEqualTo("api-key,type=mount,target=/run/secrets/key");
    assertThat(SecretMount.file("c").uid(1000).gid(1000).mode(0440).build().spec())
        .isEqualTo("c,type=mount,uid=1000,gid=1000,mode=0440");
    assertThat(s.toString()).doesNotContain("=openclaw");
  }

  @Test
  void invalidPartsAreRejected() {
    assertThatThrownBy(() -> PodmanSecret.builder("bad name").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("secret[bad name].name");
    assertThatThrownBy(() -> SecretMount.env("ok", "1BAD")).hasMessageContaining("target");
    assertThatThrownBy(() -> SecretMount.file("ok").target("/a,b").build()).hasMessageContaining("target");
    assertThatThrownBy(() -> SecretMount.file("ok").mode(01000).build()).hasMessageContaining("mode");
    assertThatThrownBy(() -> PodmanSecret.builder("s").driver(SecretDriver.SHELL).build())
        .hasMessageContaining("shell driver needs");
  }
}
