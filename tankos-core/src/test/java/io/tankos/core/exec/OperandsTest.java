package io.tankos.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.validation.Location;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every {@link Operands} check refuses option-like values at its location and keeps good ones. */
class OperandsTest {
  static final List<String> HOSTILE = List.of("--all", "-a", "--rm", "-rf", "--help", "-", "--");

  private static final Map<String, BiFunction<Location, String, String>> KINDS =
      Map.ofEntries(
          Map.entry("imageReference", Operands::imageReference),
          Map.entry("tag", Operands::tag),
          Map.entry("containerName", Operands::containerName),
          Map.entry("secretName", Operands::secretName),
          Map.entry("path", Operands::path),
          Map.entry("pathOfPath", (at, v) -> Operands.path(at, Path.of(v)).toString()),
          Map.entry("sshHost", Operands::sshHost),
          Map.entry("sshUser", Operands::sshUser),
          Map.entry("optionValue", Operands::optionValue),
          Map.entry("unitName", Operands::unitName),
          Map.entry("userName", Operands::userName));

  private static final Map<String, List<String>> GOOD =
      Map.ofEntries(
          Map.entry("unitName", List.of("sshd.service", "worker@.service", "worker@a.b.service",
              "dev-vda1.device", "x\\x2d.mount", "default.target")),
          Map.entry("userName", List.of("openclaw", "_svc", "Build-1")),
          Map.entry("imageReference", List.of("localhost/tank-os:1", "containers-storage:localhost/a:amd64", "oci:/tmp/x", "sha256:abc")),
          Map.entry("tag", List.of("stable", "v1.2.3", "_x")),
          Map.entry("containerName", List.of("tankos-bib-1a2b", "a.b_c")),
          Map.entry("secretName", List.of("api_key", "a-b.c")),
          Map.entry("path", List.of("/dev/vda", "./-odd", "relative/dir", "with space")),
          Map.entry("pathOfPath", List.of("/dev/vda", "./-odd")),
          Map.entry("sshHost", List.of("tank-01", "10.0.0.5", "[::1]", "host.example")),
          Map.entry("sshUser", List.of("core", "root")),
          Map.entry("optionValue", List.of("console=ttyS0", "linux/arm64")));

  @TestFactory
  Stream<DynamicTest> optionLikeValuesAreRefusedAtTheirLocation() {
    return KINDS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(kind -> HOSTILE.stream().map(value -> DynamicTest.dynamicTest(
            kind.getKey() + " refuses " + value,
            () -> {
              Location at = Location.of("Test").child(kind.getKey());
              assertThatThrownBy(() -> kind.getValue().apply(at, value))
                  .isInstanceOfSatisfying(
                      ValidationException.class,
                      e -> assertThat(e.location()).isEqualTo(at));
            })));
  }

  @TestFactory
  Stream<DynamicTest> ordinaryValuesPass() {
    return GOOD.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(kind -> kind.getValue().stream().map(value -> DynamicTest.dynamicTest(
            kind.getKey() + " keeps " + value,
            () -> assertThat(KINDS.get(kind.getKey()).apply(Location.of("t"), value)).isEqualTo(value))));
  }

  @Test
  void unitNamesFollowSystemdsRules() {
    for (String bad : List.of("sshd", "sshd.serv", ".service", "a b.service", "@x.service",
        "a/b.service", "a@b/c.service", "ä.service", "a@b@c.service", "a".repeat(248) + ".service")) {
      assertThatThrownBy(() -> Operands.unitName(Location.of("t"), bad)).as(bad)
          .isInstanceOf(ValidationException.class).hasMessageStartingWith("t: a unit name");
    }
    assertThat(Operands.unitName(Location.of("t"), "a".repeat(247) + ".service")).hasSize(255);
  }

  @Test
  void userNamesFollowSysusersRules() {
    for (String bad : List.of("1abc", "a:b", "a/b", "a$b", "a.b", "a".repeat(32))) {
      assertThatThrownBy(() -> Operands.userName(Location.of("t"), bad)).as(bad)
          .isInstanceOf(ValidationException.class);
    }
  }

  @TestFactory
  Stream<DynamicTest> wordsRefuseEmptinessWhitespaceAndControlCharacters() {
    return Stream.of("imageReference", "tag", "containerName", "sshHost", "sshUser", "optionValue",
            "unitName", "userName")
        .flatMap(kind -> Stream.of("", "a b", "a\tb", "a\nb", "a\u0000b").map(value -> DynamicTest.dynamicTest(
            kind + " refuses " + value.replace("\n", "\\n").replace("\t", "\\t").replace("\u0000", "\\0"),
            () -> assertThatThrownBy(() -> KINDS.get(kind).apply(Location.of("t"), value))
                .isInstanceOf(ValidationException.class))));
  }
}
