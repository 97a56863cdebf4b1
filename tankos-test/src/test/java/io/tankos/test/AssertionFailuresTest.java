package io.tankos.test;

import static io.tankos.test.TankosAssertions.assertThat;
import static io.tankos.test.TankosAssertions.assertThatThrownBy;

import io.tankos.bootc.containerfile.BuilderTarget;
import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandResult;
import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.unit.UnitFile;
import io.tankos.quadlet.QuadletUnit;
import io.tankos.test.internal.GoldenDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every assertion fails when it should, with a message that shows what differs. */
class AssertionFailuresTest {

  @Test
  void quadletHasKeyNamesTheUnitTheKeyAndWhatItHas() {
    assertThatThrownBy(() -> assertThat(FormatExamplesTest.webSet()).hasKey("web.container", "Container", "Image", "localhost/web:2"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected web.container to have [Container] Image=localhost/web:2 but [Container] has Image=[localhost/web:1]; the unit:\n")
        .hasMessageContaining("    Image=localhost/web:1\n");
    assertThatThrownBy(() -> assertThat(FormatExamplesTest.webSet()).hasKey("web.container", "Service", "Restart", "always"))
        .hasMessageStartingWith("Expected web.container to have [Service] Restart=always but the unit has no [Service] section");
    assertThatThrownBy(() -> assertThat(FormatExamplesTest.webSet()).hasUnit("db.container"))
        .hasMessage("Expected the Quadlet set to have a unit db.container but it has [web.network, web.container]");
  }

  @Test
  void quadletRefusalByTheOfflineValidatorSaysSo() {
    QuadletUnit unit = QuadletUnit.parse("web.container", "[Container]\nImage=localhost/web:1\nMemory=20g\n");
    assertThatThrownBy(() -> assertThat(unit).isAcceptedByQuadlet(PodmanVersion.V5_4))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected Quadlet 5.4 to accept the set but tankos offline validator refused it:\n"
                + "    web.container.Container.Memory: key Memory is not supported by Podman 5.4 (added in 5.5)");
  }

  @Test
  void unitFileRendersAsShowsADiffOfTheLineThatDiffers() {
    UnitFile unit = UnitFile.parse("[Unit]\nDescription=web\n\n[Service]\nRestart=always\nTimeoutSec=30\n");
    assertThatThrownBy(
            () -> assertThat(unit).rendersAs("[Unit]\nDescription=web\n\n[Service]\nRestart=on-failure\nTimeoutSec=30\n"))
        .hasMessage(
            "Expected the unit to render as expected:\n"
                + "--- expected\n"
                + "+++ the unit\n"
                + "@@ -4 +4 @@\n"
                + " [Service]\n"
                + "-Restart=on-failure\n"
                + "+Restart=always\n"
                + " TimeoutSec=30\n");
    assertThatThrownBy(() -> assertThat(unit).doesNotHaveKey("Service", "Restart"))
        .hasMessage("Expected the unit not to set [Service] Restart but it has Restart=[always]");
  }

  @Test
  void cloudConfigRefusalNamesTheJudgeTheKeyAndQuotesTheDocument() {
    CloudConfig config = CloudConfig.parse("user-data", "#cloud-config\nhostname: tank-01\nno_such_module: 1\n");
    assertThatThrownBy(() -> assertThat(config).isValidFor(CloudInitVersion.V25_1))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected the cloud-config to be valid for cloud-init 25.1 but tankos ")
        .hasMessageContaining("no_such_module")
        .hasMessageContaining("the document:\n    #cloud-config\n");
    assertThatThrownBy(() -> assertThat(config).hasKey("users"))
        .hasMessage("Expected the cloud-config to set users but it sets only [hostname, no_such_module]");
  }

  @Test
  void containerfileFailuresQuoteTheText() {
    Containerfile file = FormatExamplesTest.containerfile();
    assertThatThrownBy(() -> assertThat(file).hasLine("RUN dnf -y install git"))
        .hasMessage(
            "Expected the Containerfile to have the line\n    RUN dnf -y install git\nbut it is:\n"
                + "    FROM localhost/tank-os-base:1\n    COPY quadlets/ /etc/containers/systemd/\n    RUN bootc container lint");
    Containerfile heredoc = Containerfile.parse("Containerfile", "FROM scratch\nRUN <<EOF\necho hi\nEOF\n");
    assertThatThrownBy(() -> assertThat(heredoc).isBuildableBy(BuilderTarget.buildah(1, 28)))
        .hasMessageStartingWith("Expected " + BuilderTarget.buildah(1, 28) + " to build the Containerfile but: ");
  }

  @Test
  void fileTreeFailuresNameThePathModeAndText() {
    FileTree tree = FormatExamplesTest.buildContext();
    assertThatThrownBy(() -> assertThat(tree).hasFile("etc/sudoers.d/openclaw").withMode(0600))
        .hasMessage("Expected etc/sudoers.d/openclaw to have mode 0600 but it has 0440");
    assertThatThrownBy(() -> assertThat(tree).hasFile("etc/sudoers.d/openclaw").withText("openclaw ALL=(ALL) ALL\n"))
        .hasMessage(
            "Expected etc/sudoers.d/openclaw to have the expected text:\n"
                + "--- expected\n+++ etc/sudoers.d/openclaw\n@@ -1 +1 @@\n"
                + "-openclaw ALL=(ALL) ALL\n+openclaw ALL=(ALL) NOPASSWD: ALL\n");
    assertThatThrownBy(() -> assertThat(tree).hasFile("etc/hostname"))
        .hasMessage(
            "Expected the tree to have etc/hostname but it has only "
                + "[Containerfile, etc/localtime, etc/sudoers.d/openclaw, quadlets/web.container, quadlets/web.network]");
    assertThatThrownBy(() -> assertThat(tree).hasSymlink("etc/localtime", "../usr/share/zoneinfo/UTC0"))
        .hasMessage(
            "Expected etc/localtime to be a symbolic link to ../usr/share/zoneinfo/UTC0 but it is "
                + tree.get("etc/localtime").orElseThrow());
    assertThatThrownBy(() -> assertThat(tree).hasFile("etc/localtime"))
        .hasMessageStartingWith("Expected etc/localtime to be a regular file but it is ");
    assertThatThrownBy(() -> assertThat(tree).doesNotHavePath("Containerfile"))
        .hasMessageStartingWith("Expected no Containerfile in the tree but found ");
  }

  @Test
  void goldenDirectoryMismatchListsModesAndDiffsText(@TempDir Path dir) throws Exception {
    Path golden = dir.resolve("golden");
    GoldenDirectory.write(FormatExamplesTest.buildContext(), golden);
    FileTree original = FormatExamplesTest.buildContext();
    FileTree changed =
        FileTree.builder()
            .file("Containerfile", original.text("Containerfile").orElseThrow())
            .symlink("etc/localtime", "../usr/share/zoneinfo/UTC")
            .file("etc/sudoers.d/openclaw", "openclaw ALL=(ALL) NOPASSWD: ALL\n", 0640)
            .file("quadlets/web.container", original.text("quadlets/web.container").orElseThrow())
            .file("quadlets/web.network", "[Network]\nSubnet=10.89.20.0/24\n")
            .build();

    assertThatThrownBy(() -> assertThat(changed).matchesDirectory(golden))
        .hasMessage(
            "Expected the tree to match the golden directory " + golden + " but:\n"
                + "entries or modes differ:\n"
                + "--- golden/.tankos-golden\n+++ actual tree\n@@ -2 +2 @@\n"
                + " link etc/localtime -> ../usr/share/zoneinfo/UTC\n"
                + "-file 0440 etc/sudoers.d/openclaw\n"
                + "+file 0640 etc/sudoers.d/openclaw\n"
                + " file 0644 quadlets/web.container\n"
                + "quadlets/web.network differs:\n"
                + "--- golden/quadlets/web.network\n+++ quadlets/web.network\n@@ -1 +1 @@\n"
                + " [Network]\n"
                + "-Subnet=10.89.10.0/24\n"
                + "+Subnet=10.89.20.0/24\n");
    Files.delete(golden.resolve(GoldenDirectory.MANIFEST));
    assertThatThrownBy(() -> assertThat(changed).matchesDirectory(golden))
        .hasMessageContaining("has no .tankos-golden (run with -Dtankos.golden.update=true to write it)");
  }

  @Test
  void goldenUpdateModeRewritesTheDirectory(@TempDir Path dir) throws Exception {
    Path golden = dir.resolve("golden");
    Files.createDirectories(golden.resolve("stale"));
    System.setProperty(GoldenDirectory.UPDATE_PROPERTY, "true");
    try {
      assertThat(FormatExamplesTest.buildContext()).matchesDirectory(golden);
    } finally {
      System.clearProperty(GoldenDirectory.UPDATE_PROPERTY);
    }
    assertThat(golden.resolve("stale")).doesNotExist();
    assertThat(Files.readSymbolicLink(golden.resolve("etc/localtime"))).isEqualTo(Path.of("../usr/share/zoneinfo/UTC"));
    assertThat(FormatExamplesTest.buildContext()).matchesDirectory(golden);
  }

  @Test
  void commandResultAndInvocationFailuresShowArgvAndStreams() {
    RecordingRunner runner =
        new RecordingRunner().onAnyCommand().reply(RecordingRunner.Reply.exitCode(2).stdout("a\nb\n").stderr("boom"));
    CommandResult result =
        runner.run(Command.builder("podman", "build", "--tag", "web:1", ".").env("BUILDAH_LAYERS", "true").stdin("in\n").build());

    assertThatThrownBy(() -> assertThat(result).succeeded())
        .hasMessage("Expected [podman, build, --tag, web:1, .] to exit with 0 but it exited with 2; stderr tail:\n    boom");
    assertThatThrownBy(() -> assertThat(result).hasStdout("a\nc\n"))
        .hasMessage(
            "Expected the stdout of [podman, build, --tag, web:1, .] to be as expected:\n"
                + "--- expected\n+++ stdout\n@@ -1 +1 @@\n a\n-c\n+b\n");
    assertThatThrownBy(() -> assertThat(runner.invocations().get(0)).hasArgv("podman", "build", "--tag", "web:2", "."))
        .hasMessage(
            "Expected argv\n    [podman, build, --tag, web:2, .]\nbut was\n    [podman, build, --tag, web:1, .]\n"
                + "first difference at argv[3]: expected web:2 but was web:1");
    assertThatThrownBy(() -> assertThat(runner.invocations().get(0)).hasOption("--tag", "web:2"))
        .hasMessage("Expected argv to have --tag web:2 but was\n    [podman, build, --tag, web:1, .]");
    assertThatThrownBy(() -> assertThat(runner.invocations().get(0)).hasEnv("BUILDAH_LAYERS", "false"))
        .hasMessage("Expected environment BUILDAH_LAYERS=false but it is true");
    assertThatThrownBy(() -> assertThat(runner.invocations().get(0)).hasEnv("TMPDIR", "/tmp"))
        .hasMessage("Expected environment TMPDIR=/tmp but TMPDIR is not set");
    assertThatThrownBy(() -> assertThat(runner.invocations().get(0)).hasStdin("out\n"))
        .hasMessage(
            "Expected the stdin of [podman, build, --tag, web:1, .] to be as expected:\n"
                + "--- expected\n+++ stdin\n@@ -1 +1 @@\n-out\n+in\n");
    assertThatThrownBy(() -> assertThat(runner.invocations().get(0)).hasArgvStartingWith("podman", "push"))
        .hasMessageEndingWith("first difference at argv[1]: expected push but was build");
  }

  @Test
  void fakeCallFailuresShowWhatTheFakeRecorded(@TempDir Path dir) {
    FakeTools fakes = FakeTools.create(dir);
    fakes.on("podman", "version").reply(FakeReply.success().stdout("4.3.1\n"));
    CommandResult result = fakes.runner().run(Command.builder("podman", "version").stdin("x").build());

    assertThat(result).succeeded().hasStdout("4.3.1\n");
    assertThatThrownBy(() -> assertThat(fakes.calls().get(0)).hasArgv("podman", "info"))
        .hasMessageEndingWith("first difference at argv[1]: expected info but was version");
    assertThatThrownBy(() -> assertThat(fakes.calls().get(0)).hasStdin("y"))
        .hasMessageContaining("-y\\ (no newline at end)\n+x\\ (no newline at end)");
    assertThatThrownBy(() -> fakes.on("docker"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no fake docker; fakes are [podman, bootc, ssh]");
  }
}
