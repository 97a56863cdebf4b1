package io.tankos.quadlet;

import static io.tankos.quadlet.ValueRenderingTest.catchValidation;
import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.testkit.RealTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Values podman refuses are refused by the builders, with their location; where the recorded podman
 * is there, the refusal is reproduced with {@code podman create}.
 */
class PodmanRefusalsTest {

  @Test
  void aRelativeVolumeSourceIsRefusedNamedVolumesAndReferencesAreNot() {
    var e = catchValidation(() -> ContainerUnit.builder("web").image("x:1")
        .addVolume("data:/a").addVolume("relative/dir:/data").build());
    assertThat(e.getMessage()).startsWith("Container.Volume[1]: podman reads 'relative/dir' as a volume name")
        .contains("./relative/dir");
    ContainerUnit ok = ContainerUnit.builder("web").image("x:1")
        .addVolume("data:/a").addVolume("web-data.volume:/b").addVolume("./rel:/c").addVolume("/abs:/d")
        .addVolume(SystemdValue.withSpecifiers("%h/x:/e")).addVolume("/anonymous").build();
    assertThat(ok.volumes()).hasSize(6);
    assertThat(catchValidation(() -> PodUnit.builder("p").addVolume("a/b:/c").build()).location().path())
        .isEqualTo("Pod.Volume[0]");
  }

  @Test
  void namesOutsidePodmansRuleAreRefused() {
    var e = catchValidation(() -> ContainerUnit.builder("openclaw@").image("ghcr.io/openclaw/openclaw:1")
        .containerName("openclaw@").build());
    assertThat(e.problems()).extracting(p -> p.location().path() + ": " + p.message())
        .containsExactly("Container.ContainerName: podman refuses the name 'openclaw@': names must match "
            + "[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    assertThat(ContainerUnit.builder("w@").image("x:1").containerName(SystemdValue.withSpecifiers("w-%i"))
        .build().containerName()).contains("w-%i");
    assertThat(catchValidation(() -> VolumeUnit.builder("v").volumeName("-v").build()).location().path())
        .isEqualTo("Volume.VolumeName");
  }

  /**
   * Podman's {@code parseEnv} ({@code pkg/env}) refuses such a name ("name … has white spaces, poorly
   * formatted name", exit 125); the recorded podman 4.3.1 still accepts it at {@code create}, so this
   * refusal is not reproduced here.
   */
  @Test
  void anEnvironmentNameWithWhiteSpaceIsRefused() {
    var e = catchValidation(() -> ContainerUnit.builder("web").image("x:1").environment("MY VAR", "x").build());
    assertThat(e.getMessage()).isEqualTo(
        "Container.Environment[0]: environment variable name 'MY VAR' contains white space (at index 2); podman refuses it");
    assertThat(catchValidation(() -> ContainerUnit.builder("web").image("x:1").add("Environment", "A\tB=1").build())
        .location().path()).isEqualTo("Container.Environment[0]");
  }

  @Test
  void aUnitNameWithItsExtensionIsRefused() {
    var e = catchValidation(() -> ContainerUnit.builder("openclaw.container").image("x:1").build());
    assertThat(e.getMessage()).isEqualTo("openclaw.container.container: unit name 'openclaw.container' ends with "
        + "the extension .container; give the name without it ('openclaw'): the builder adds .container");
    // a parsed file's name is its own: openclaw.container.container stays readable and rebuildable
    ContainerUnit parsed = ContainerUnit.parse("openclaw.container.container", "[Container]\nImage=x:1\n");
    assertThat(parsed.toBuilder().build().fileName()).isEqualTo("openclaw.container.container");
  }

  @Test
  void podmanItselfRefusesTheNameAndTheRelativeSource() throws Exception {
    RealTools tools = RealTools.get();
    String podman = tools.requireExecutable("podman.path").toString();
    String image = tools.require("podman.baseimage");
    Result name = create(podman, tools.valueOrEmpty("podman.args"), "--name", "openclaw@", image);
    assertThat(name.status).isEqualTo(125);
    assertThat(name.err).contains("names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*");
    Result volume = create(podman, tools.valueOrEmpty("podman.args"), "-v", "relative/dir:/data", image);
    assertThat(volume.status).isEqualTo(125);
    assertThat(volume.err).contains("\"relative/dir\"").contains("names must match");
  }

  record Result(int status, String err) {}

  /** {@code podman create}; a container it does create is removed again. */
  static Result create(String podman, String globalArgs, String... args)
      throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of(podman));
    if (!globalArgs.isBlank()) {
      argv.addAll(List.of(globalArgs.trim().split("\\s+")));
    }
    List<String> global = List.copyOf(argv);
    argv.add("create");
    argv.addAll(List.of(args));
    argv.add("true");
    Process p = new ProcessBuilder(argv).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    if (p.exitValue() == 0 && !out.isEmpty()) {
      List<String> rm = new ArrayList<>(global);
      rm.addAll(List.of("rm", "--force", out));
      new ProcessBuilder(rm).start().waitFor(60, TimeUnit.SECONDS);
    }
    return new Result(p.exitValue(), err);
  }
}
