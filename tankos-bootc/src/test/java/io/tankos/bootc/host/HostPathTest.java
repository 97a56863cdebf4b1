package io.tankos.bootc.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HostPath}: accepted forms and every refusal. */
class HostPathTest {

  @Test
  void absoluteAndHomeRelativePathsAreKeptAsGiven() {
    assertThat(HostPath.of("/etc/tank-os-release").toString()).isEqualTo("/etc/tank-os-release");
    assertThat(HostPath.of("/etc/tank-os-release").isHomeRelative()).isFalse();
    HostPath home = HostPath.of("~/.config/containers/systemd/a.container.d/10-secrets.conf");
    assertThat(home.isHomeRelative()).isTrue();
    assertThat(HostPath.of("/a/./b..c/.d")).isEqualTo(HostPath.of("/a/./b..c/.d"));
    assertThat(HostPath.of("/-x").toString()).isEqualTo("/-x");
  }

  @Test
  void otherFormsAreRefusedWithTheReason() {
    List<List<String>> cases = List.of(
        List.of("relative/x", "must be absolute"),
        List.of("-rf", "must be absolute"),
        List.of("~user/x", "must be absolute"),
        List.of("~", "must be absolute"),
        List.of("", "must be absolute"),
        List.of("/", "must name a file"),
        List.of("~/", "must name a file"),
        List.of("/etc/", "must name a file"),
        List.of("/etc/../shadow", "'..' segment"),
        List.of("~/..", "'..' segment"),
        List.of("/a/\u0000b", "NUL"),
        List.of("/a\nb", "line break"),
        List.of("/a\rb", "line break"),
        List.of("/" + "a".repeat(HostPath.MAX_LENGTH), "at most 4095"));
    for (List<String> c : cases) {
      assertThatThrownBy(() -> HostPath.of(c.get(0))).as(c.get(0))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.location().path()).isEqualTo("HostPath");
            assertThat(e.getMessage()).contains(c.get(1));
          });
    }
  }
}
