package io.tankos.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.image.ImageSpec;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.testkit.TreeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tankos render --spec FILE} and {@code tankos spec}: exit codes, messages, output left alone on failure. */
class SpecCommandTest {
  @TempDir Path dir;

  private Path copyExample(String name) throws Exception {
    return Files.copy(Path.of(name), dir.resolve(name));
  }

  @Test
  void renderingTankOsYamlGivesTheDefaultContextByteForByte() throws Exception {
    copyExample("tank-os.yaml");
    CliRunner plain = CliRunner.run(dir, "render", "--out", "a");
    CliRunner spec = CliRunner.run(dir, "render", "--spec", "tank-os.yaml", "--out", "b");
    assertThat(plain.status).as(plain.err).isZero();
    assertThat(spec.status).as(spec.err).isZero();
    SortedMap<String, String> a = TreeSnapshot.of(dir.resolve("a"));
    assertThat(a).hasSizeGreaterThan(20);
    assertThat(TreeSnapshot.of(dir.resolve("b"))).isEqualTo(a);
  }

  @Test
  void renderingMultiInstanceYamlWritesBothInstances() throws Exception {
    copyExample("multi-instance.yaml");
    CliRunner r = CliRunner.run(dir, "render", "--spec", "multi-instance.yaml", "--out", "multi");
    assertThat(r.status).as(r.err).isZero();
    Path units = dir.resolve("multi/rootfs/etc/containers/systemd/users/1000");
    assertThat(units.resolve("work.container")).exists();
    assertThat(units.resolve("work-gator.container")).exists();
    assertThat(Files.readString(units.resolve("research.container"))).contains("ContainerName=research");
    assertThat(Files.readString(dir.resolve("multi/seed/meta-data"))).contains("local-hostname: tank-01");
  }

  @Test
  void aBadSpecPrintsFileLineMessagesExitsOneAndLeavesTheOutputAlone() throws Exception {
    assertThat(CliRunner.run(dir, "render", "--out", "out").status).isZero();
    Files.writeString(dir.resolve("bad.yaml"), "preset: tank-os\ninstances:\n  - name: work\n    gatewayPrt: 1\n"
        + "  - name: research\n    gatewayPort: abc\n  - name: work\n");
    SortedMap<String, String> before = TreeSnapshot.of(dir);
    CliRunner r = CliRunner.run(dir, "render", "--spec", "bad.yaml", "--out", "out");
    assertThat(r.status).isEqualTo(1);
    assertThat(r.err).isEqualTo(String.join("\n",
        "tankos render: bad.yaml:4: instances[0]: unknown key 'gatewayPrt' (did you mean 'gatewayPort'?)",
        "tankos render: bad.yaml:6: instances[1].gatewayPort: expected a number, found \"abc\"",
        "tankos render: bad.yaml:7: instances[2].name: instance name 'work' is already instances[0]", ""));
    assertThat(r.out).isEmpty();
    assertThat(TreeSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void modelProblemsAndSyntaxErrorsAlsoLeaveTheOutputAlone() throws Exception {
    assertThat(CliRunner.run(dir, "render", "--out", "out").status).isZero();
    Files.writeString(dir.resolve("clash.yaml"), "preset: tank-os\ninstances:\n  - name: work\n  - name: research\n");
    Files.writeString(dir.resolve("broken.json"), "{\"preset\": \"tank-os\",\n \"lint\": [true}\n");
    Files.write(dir.resolve("latin1.yaml"), new byte[] {'p', 'r', 'e', 's', 'e', 't', ':', ' ', (byte) 0xe9, '\n'});
    SortedMap<String, String> before = TreeSnapshot.of(dir);
    CliRunner clash = CliRunner.run(dir, "render", "--spec", "clash.yaml", "--out", "out");
    assertThat(clash.status).isEqualTo(1);
    assertThat(clash.err).startsWith(
        "tankos render: clash.yaml:4: instances[1].gatewayPort: port 18789 already used by instances[0]\n");
    CliRunner broken = CliRunner.run(dir, "render", "--spec", "broken.json", "--out", "out");
    assertThat(broken.status).isEqualTo(1);
    assertThat(broken.err).startsWith("tankos render: broken.json:2: not valid YAML: ");
    CliRunner latin1 = CliRunner.run(dir, "render", "--spec", "latin1.yaml", "--out", "out");
    assertThat(latin1.status).isEqualTo(1);
    assertThat(latin1.err).isEqualTo("tankos render: latin1.yaml:1: not valid UTF-8: byte 0xe9 at byte offset 8"
        + " (byte 9 of line 1)\n");
    CliRunner missing = CliRunner.run(dir, "render", "--spec", "missing.yaml", "--out", "out");
    assertThat(missing.status).isEqualTo(1);
    assertThat(missing.err).startsWith("tankos render: missing.yaml: ");
    assertThat(TreeSnapshot.of(dir)).isEqualTo(before);
  }

  @Test
  void specPrintsTheCanonicalSpecOfTheDefault() throws Exception {
    CliRunner r = CliRunner.run(dir, "spec");
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.out).isEqualTo(ImageSpec.write(TankOsImage.tankOs()));
    Files.writeString(dir.resolve("mine.yaml"), r.out);
    assertThat(ImageSpec.read(dir.resolve("mine.yaml"))).isEqualTo(TankOsImage.tankOs());
  }

  @Test
  void specWithAFilePrintsItsCanonicalFormOrItsProblems() throws Exception {
    Files.writeString(dir.resolve("short.yaml"), "preset: tank-os\nuser:\n  sudo: none\n");
    CliRunner r = CliRunner.run(dir, "spec", "short.yaml");
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.out).startsWith("preset: none\n").contains("  sudo: none\n");
    Files.writeString(dir.resolve("typo.yaml"), "preset: tank-os\nlintt: false\n");
    CliRunner typo = CliRunner.run(dir, "spec", "typo.yaml");
    assertThat(typo.status).isEqualTo(1);
    assertThat(typo.err).isEqualTo("tankos spec: typo.yaml:2: unknown key 'lintt' (did you mean 'lint'?)\n");
    assertThat(CliRunner.run(dir, "spec", "a.yaml", "b.yaml").status).isEqualTo(2);
  }
}
