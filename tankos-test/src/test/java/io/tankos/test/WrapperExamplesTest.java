package io.tankos.test;

import static io.tankos.test.TankosAssertions.assertThat;

import io.tankos.bootc.bib.BootcImageBuilder;
import io.tankos.bootc.bib.DiskImageRequest;
import io.tankos.bootc.bib.DiskImageResult;
import io.tankos.bootc.bib.ImageType;
import io.tankos.bootc.host.Bootc;
import io.tankos.bootc.host.UpgradeOptions;
import io.tankos.bootc.podman.BuildResult;
import io.tankos.bootc.podman.Podman;
import io.tankos.bootc.podman.PodmanBuild;
import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.exec.SshTransport;
import io.tankos.core.fs.FileTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users' tests of each wrapper, written with the extension, the replies and the assertions. */
@TankosTest
class WrapperExamplesTest {
  private static final String NULL_HOST =
      "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\",\"metadata\":{\"name\":\"host\"},"
          + "\"spec\":{\"image\":null,\"bootOrder\":\"default\"},\"status\":{\"staged\":null,\"booted\":null,"
          + "\"rollback\":null,\"rollbackQueued\":false,\"type\":null}}";

  private static PodmanBuild webBuild() {
    return PodmanBuild.builder()
        .containerfile("FROM scratch\n")
        .context(FileTree.builder().file("app.txt", "hello\n").build())
        .tag("localhost/web:1")
        .build();
  }

  @Test
  void podmanBuildIsRecordedEndToEnd(RecordingRunner runner) {
    runner.onPrefix("podman", "build").reply(ToolReplies.podmanBuild("sha256:1234"));

    BuildResult result = Podman.builder().runner(runner).build().build(webBuild());

    assertThat(result.imageId()).isEqualTo("sha256:1234");
    assertThat(runner.invocations()).hasSize(1);
    assertThat(runner.invocations().get(0))
        .hasArgvStartingWith("podman", "build")
        .hasOption("--tag", "localhost/web:1");
  }

  @Test
  void podmanPushReturnsTheDigestTheToolWrote(RecordingRunner runner) {
    runner.onPrefix("podman", "push").reply(ToolReplies.podmanPush("sha256:5678"));

    String digest = Podman.builder().runner(runner).build().push("localhost/web:1", null);

    assertThat(digest).isEqualTo("sha256:5678");
    assertThat(runner.invocations().get(0)).hasArgvStartingWith("podman", "push", "--digestfile");
  }

  @Test
  void bootcImageBuilderFindsTheDiskImageTheReplyWrote(RecordingRunner runner, @OutputDirectory Path out) {
    runner.onPrefix("podman", "run").reply(ToolReplies.bootcImageBuilder(ImageType.QCOW2));
    BootcImageBuilder bib =
        BootcImageBuilder.builder("localhost/bootc-image-builder:test")
            .podman(Podman.builder().runner(runner).build())
            .build();

    DiskImageResult result =
        bib.build(DiskImageRequest.builder("localhost/tank-os:1", out).type(ImageType.QCOW2).build(), line -> {});

    assertThat(result.image(ImageType.QCOW2)).contains(out.resolve("qcow2/disk.qcow2"));
    assertThat(runner.invocations().get(0)).hasArgvStartingWith("podman", "run").hasOption("--type", "qcow2");
  }

  @Test
  void podmanBuildThroughTheFakeExecutable(FakeTools fakes) throws Exception {
    fakes.on("podman", "build").reply(FakeReply.success().writesAfterOption("--iidfile", "sha256:abcd\n").stdout("STEP 1/1: FROM scratch\n"));

    BuildResult result = Podman.builder().runner(fakes.runner()).build().build(webBuild());

    assertThat(result.imageId()).isEqualTo("sha256:abcd");
    List<RecordedCall> calls = fakes.calls("podman");
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0)).hasArgvStartingWith("podman", "build").hasOption("--tag", "localhost/web:1");
    assertThat(calls.get(0).environment().get("PATH")).startsWith(fakes.binDirectory().toString());
  }

  @Test
  void bootcImageBuilderThroughTheFakePodmanWritesTheImageUnderTheMount(FakeTools fakes, @OutputDirectory Path out)
      throws Exception {
    fakes.on("podman", "run").reply(FakeReply.success().writesDiskImage(ImageType.QCOW2));
    BootcImageBuilder bib =
        BootcImageBuilder.builder("localhost/bootc-image-builder:test")
            .podman(Podman.builder().runner(fakes.runner()).build())
            .build();

    DiskImageResult result =
        bib.build(DiskImageRequest.builder("localhost/tank-os:1", out).type(ImageType.QCOW2).build(), line -> {});

    Path image = result.image(ImageType.QCOW2).orElseThrow();
    assertThat(Files.readString(image)).isEqualTo("fake qcow2 image written by tankos-test\n");
  }

  @Test
  void bootcStatusAndUpgradeThroughTheFakeExecutable(FakeTools fakes) {
    fakes.on("bootc", "status").reply(FakeReply.success().stdout(NULL_HOST))
        .on("bootc", "upgrade").reply(FakeReply.success().stdout("Queued for next boot\n"));
    Bootc bootc = Bootc.builder().runner(fakes.runner()).build();

    assertThat(bootc.status().isBootcHost()).isFalse();
    assertThat(bootc.upgrade(UpgradeOptions.defaults(), line -> {})).containsExactly("Queued for next boot");

    List<RecordedCall> calls = fakes.calls("bootc");
    assertThat(calls.get(0)).hasArgv("bootc", "status", "--format=json", "--format-version=1");
    assertThat(calls.get(1)).hasArgvStartingWith("bootc", "upgrade");
  }

  @Test
  void bootcOverTheFakeSsh(FakeTools fakes) {
    fakes.on("ssh").reply(FakeReply.success().stdout(NULL_HOST));
    SshTransport ssh = SshTransport.builder().host("tank-01").user("core").runner(fakes.runner()).build();

    assertThat(Bootc.builder().runner(ssh).build().status().isBootcHost()).isFalse();

    assertThat(fakes.calls("ssh").get(0))
        .hasArgvStartingWith("ssh", "-l", "core")
        .hasOption("-o", "BatchMode=yes");
  }

  @Test
  void anUnscriptedFakeCallExits127NamingItself(FakeTools fakes) {
    io.tankos.core.exec.CommandResult result =
        fakes.runner().run(io.tankos.core.exec.Command.of("podman", "version"));

    assertThat(result).hasExitCode(127);
    assertThat(result.stderrTail()).isEqualTo("fake podman: no reply scripted for: podman version");
  }
}
