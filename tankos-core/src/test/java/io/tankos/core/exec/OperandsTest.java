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
import org.junit.jupiter.api.TestFactory;

/** Every {@link Operands} check refuses option-like values at its location and keeps good ones. */
class OperandsTest {
  static final List<String> HOSTILE = List.of("--all", "-a", "--rm", "-rf", "--help", "-", "--");

  private static final Map<String, BiFunction<Location, String, String>> KINDS =
      Map.of(
          "imageReference", Operands::imageReference,
          "tag", Operands::tag,
          "containerName", Operands::containerName,
          "secretName", Operands::secretName,
          "path", Operands::path,
          "pathOfPath", (at, v) -> Operands.path(at, Path.of(v)).toString(),
          "sshHost", Operands::sshHost,
          "sshUser", Operands::sshUser,
          "optionValue", Operands::optionValue);

  private static final Map<String, List<String>> GOOD =
      Map.of(
          "imageReference", List.of("localhost/tank-os:1", "containers-storage:localhost/a:amd64", "oci:/tmp/x", "sha256:abc"),
          "tag", List.of("stable", "v1.2.3", "_x"),
          "containerName", List.of("tankos-bib-1a2b", "a.b_c"),
          "secretName", List.of("api_key", "a-b.c"),
          "path", List.of("/dev/vda", "./-odd", "relative/dir", "with space"),
          "pathOfPath", List.of("/dev/vda", "./-odd"),
          "sshHost", List.of("tank-01", "10.0.0.5", "[::1]", "host.example"),
          "sshUser", List.of("core", "root"),
          "optionValue", List.of("console=ttyS0", "linux/arm64"));

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

  @TestFactory
  Stream<DynamicTest> wordsRefuseEmptinessWhitespaceAndControlCharacters() {
    return Stream.of("imageReference", "tag", "containerName", "sshHost", "sshUser", "optionValue")
        .flatMap(kind -> Stream.of("", "a b", "a\tb", "a\nb", "a\u0000b").map(value -> DynamicTest.dynamicTest(
            kind + " refuses " + value.replace("\n", "\\n").replace("\t", "\\t").replace("\u0000", "\\0"),
            () -> assertThatThrownBy(() -> KINDS.get(kind).apply(Location.of("t"), value))
                .isInstanceOf(ValidationException.class))));
  }
}
