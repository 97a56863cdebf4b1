package io.tankos.bootc.bib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.bootc.podman.Podman;
import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No argument injection through {@link BootcImageBuilder}: the BIB image, the bootc image, output
 * and storage paths, the target architecture and the container name refuse each option-like name;
 * the BIB image and the bootc image both follow {@code --}.
 */
class BootcImageBuilderInjectionTest {
  private static final List<String> HOSTILE = List.of("--all", "-a", "--rm", "-rf", "--help");
  private static final String BIB = "localhost/bib:1";

  private static Map<String, Consumer<String>> calls() {
    Map<String, Consumer<String>> c = new LinkedHashMap<>();
    c.put("BootcImageBuilder.bibImage", BootcImageBuilder::builder);
    c.put("BootcImageBuilder.storage", v -> BootcImageBuilder.builder(BIB).storage(Path.of(v)));
    c.put("DiskImageRequest.image", v -> DiskImageRequest.builder(v, Path.of("/out")));
    c.put("DiskImageRequest.outputDir", v -> DiskImageRequest.builder("localhost/a:1", Path.of(v)));
    c.put("DiskImageRequest.targetArch", v -> DiskImageRequest.builder("localhost/a:1", Path.of("/o")).targetArch(v));
    c.put("BootcImageBuilder.command.containerName",
        v -> BootcImageBuilder.builder(BIB).build()
            .command(DiskImageRequest.builder("localhost/a:1", Path.of("/o")).build(), null, v));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> everyNameRefusesOptionLikeValues() {
    return calls().entrySet().stream()
        .flatMap(call -> HOSTILE.stream().map(name -> DynamicTest.dynamicTest(
            call.getKey() + " = " + name,
            () -> assertThatThrownBy(() -> call.getValue().accept(name))
                .isInstanceOfSatisfying(
                    ValidationException.class,
                    e -> assertThat(e.location().toString()).isEqualTo(call.getKey())))));
  }

  @Test
  void aMountedPathWithAColonIsRefused() {
    RecordingRunner runner = new RecordingRunner();
    BootcImageBuilder bib =
        BootcImageBuilder.builder(BIB).podman(Podman.builder().runner(runner).build()).build();
    assertThatThrownBy(() -> bib.command(DiskImageRequest.builder("localhost/a:1", Path.of("/o:/etc")).build(), null, "n"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("':'");
  }

  @Test
  void bothImagesFollowDoubleDash() {
    List<String> argv =
        BootcImageBuilder.builder(BIB).build()
            .command(DiskImageRequest.builder("localhost/a:1", Path.of("/o")).build(), null, "n")
            .argv();
    int first = argv.indexOf("--");
    assertThat(argv.get(first + 1)).isEqualTo(BIB);
    assertThat(argv.subList(argv.size() - 2, argv.size())).containsExactly("--", "localhost/a:1");
  }
}
