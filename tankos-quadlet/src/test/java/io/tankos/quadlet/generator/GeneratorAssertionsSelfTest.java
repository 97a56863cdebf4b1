package io.tankos.quadlet.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.fs.FileTree;
import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.QuadletSet;
import io.tankos.quadlet.SystemdValue;
import io.tankos.quadlet.secret.SecretMount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generator assertions themselves: they fail when one generator rejects a unit or does not
 * know a key, and they check the install symlinks. (The Tank-OS units are judged in tankos-bootc,
 * {@code io.tankos.bootc.image}.)
 */
class GeneratorAssertionsSelfTest {

  /** Two rootless units wanted by default.target, with a secret drop-in. */
  static FileTree units() {
    ContainerUnit agent = ContainerUnit.builder("agent").image("quay.io/x/agent:1")
        .addVolume(SystemdValue.withSpecifiers("%h/.agent:/data:Z")).wantedBy("default.target").build();
    return QuadletSet.builder()
        .unit(agent)
        .unit(ContainerUnit.builder("gator").image("quay.io/x/gator:1").addPublishPort("127.0.0.1:8080:8080")
            .wantedBy("default.target").build())
        .dropIn(ContainerUnit.builder("agent").addSecret(SecretMount.env("api_key", "API_KEY")).buildDropIn("10-secrets.conf"))
        .build()
        .toFileTree();
  }

  @Test
  void bothGeneratorsAcceptTheUnitsInUserMode() {
    Map<QuadletBinary, GeneratorResult> results = GeneratorAssertions.acceptedByBothVersionsInUserMode(units());
    results.forEach((binary, r) -> assertThat(execStart(r.service("agent.service").orElseThrow()))
        .as("%s", binary).contains("--secret api_key,type=env,target=API_KEY"));
  }

  @Test
  void theAssertionFailsWhenOneGeneratorRejectsAUnit() {
    FileTree broken =
        units().toBuilder()
            .file("bad.container", "[Container]\nImage=quay.io/x/y:1\nNoSuchKey=1\n")
            .build();
    QuadletBinary.both(); // skip here, not inside the assertion, when the generators are missing

    assertThatThrownBy(() -> GeneratorAssertions.acceptedByBothVersionsInUserMode(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("unsupported key 'NoSuchKey'")
        .hasMessageContaining("no bad.service generated");
  }

  @Test
  void theAssertionFailsOnAKeyTheOlderGeneratorDoesNotKnow() {
    FileTree newer =
        FileTree.builder()
            .file("web.container", "[Container]\nImage=quay.io/x/y:1\nHttpProxy=false\n")
            .build();
    String oldVersion = QuadletBinary.v54().version();

    assertThatThrownBy(() -> GeneratorAssertions.acceptedByBothVersionsInUserMode(newer))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("quadlet " + oldVersion)
        .hasMessageContaining("unsupported key 'HttpProxy'");
  }

  @Test
  void theAssertionChecksInstallSymlinks() {
    Map<QuadletBinary, GeneratorResult> results =
        GeneratorAssertions.acceptedBy(
            List.of(QuadletBinary.sid()), GeneratorMode.USER, units());
    assertThat(results).hasSize(1);
    GeneratorResult files =
        new QuadletGenerator(QuadletBinary.sid()).writeFiles(units(), GeneratorMode.USER);
    assertThat(files.symlinks())
        .containsKeys("default.target.wants/agent.service", "default.target.wants/gator.service");
  }

  static String execStart(String service) {
    return service
        .lines()
        .filter(l -> l.startsWith("ExecStart="))
        .reduce((a, b) -> b)
        .orElseThrow()
        .substring("ExecStart=".length());
  }
}
