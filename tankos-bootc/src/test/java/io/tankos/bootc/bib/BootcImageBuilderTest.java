package io.tankos.bootc.bib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.bootc.podman.Podman;
import io.tankos.core.exec.Command;
import io.tankos.core.exec.CommandFailedException;
import io.tankos.core.exec.CommandTimeoutException;
import io.tankos.core.exec.OutputLine;
import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.validation.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The BIB invocation per image type, config mount, output discovery, failure, timeout. */
class BootcImageBuilderTest {
  private static final String BIB = "localhost/bib-under-test:1";
  @TempDir Path dir;

  private static BuildConfig config() {
    return BuildConfig.builder()
        .addUser(ImageUser.builder("openclaw").key("ssh-ed25519 AAAA admin@example").addGroup("wheel").build())
        .kernelAppend("console=ttyS0")
        .build();
  }

  /** A runner that plays BIB: records the config it sees and writes the expected output files. */
  private static RecordingRunner fakeBib(Path out, AtomicReference<String> seenConfig, String... files) {
    RecordingRunner runner = new RecordingRunner();
    runner
        .on(
            "podman run BIB",
            c -> {
              if (!c.argv().contains("run")) {
                return false;
              }
              int v = c.argv().indexOf("-v");
              while (v >= 0 && v + 1 < c.argv().size()) {
                String mount = c.argv().get(v + 1);
                if (mount.endsWith(":/config.toml:ro")) {
                  try {
                    seenConfig.set(Files.readString(Path.of(mount.substring(0, mount.indexOf(':')))));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }
                int next = c.argv().subList(v + 1, c.argv().size()).indexOf("-v");
                v = next < 0 ? -1 : v + 1 + next;
              }
              for (String f : files) {
                try {
                  Path p = out.resolve(f);
                  Files.createDirectories(p.getParent());
                  Files.writeString(p, "image");
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
              return true;
            })
        .reply(
            RecordingRunner.Reply.success()
                .lines(OutputLine.stdout("Generating manifest manifest-qcow2.json"), OutputLine.stdout("Build complete!")));
    return runner;
  }

  @Test
  void qcow2RunMountsConfigAndFindsOutputs() {
    Path out = dir.resolve("output");
    AtomicReference<String> seen = new AtomicReference<>();
    RecordingRunner runner = fakeBib(out, seen, "qcow2/disk.qcow2", "manifest-qcow2.json");
    BootcImageBuilder bib =
        BootcImageBuilder.builder(BIB)
            .podman(Podman.builder().runner(runner).build())
            .timeout(Duration.ofMinutes(30))
            .build();
    List<OutputLine> progress = new CopyOnWriteArrayList<>();
    DiskImageResult result =
        bib.build(
            DiskImageRequest.builder("localhost/tank-os:1", out).type(ImageType.QCOW2).config(config()).rootfs("xfs").build(),
            progress::add);

    List<String> argv = runner.argvs().get(0);
    String name = argv.get(argv.indexOf("--name") + 1);
    assertThat(name).startsWith("tankos-bib-");
    String configMount = argv.stream().filter(a -> a.endsWith(":/config.toml:ro")).findFirst().orElseThrow();
    assertThat(argv)
        .containsExactly(
            "podman", "run", "--rm", "--privileged", "--security-opt", "label=type:unconfined_t",
            "--name", name,
            "-v", out.toAbsolutePath() + ":/output",
            "-v", "/var/lib/containers/storage:/var/lib/containers/storage",
            "-v", configMount,
            "--", BIB, "--type", "qcow2", "--rootfs", "xfs", "--output", "/output", "--progress", "verbose",
            "--", "localhost/tank-os:1");
    assertThat(seen.get()).isEqualTo(config().toToml());
    assertThat(Files.exists(Path.of(configMount.substring(0, configMount.indexOf(':')))))
        .as("the config file is removed after the run")
        .isFalse();
    assertThat(runner.invocations().get(0).timeout()).contains(Duration.ofMinutes(30));
    assertThat(result.image(ImageType.QCOW2)).contains(out.resolve("qcow2/disk.qcow2"));
    assertThat(result.manifestFile()).contains(out.resolve("manifest-qcow2.json"));
    assertThat(result.warnings()).isEmpty();
    assertThat(progress).extracting(OutputLine::text).contains("Build complete!");
  }

  @Test
  void everyImageTypeGetsItsTypeFlagAndOutputFile() {
    List<String> checked = new ArrayList<>();
    for (ImageType type : ImageType.values()) {
      Path out = dir.resolve("out-" + type.cliName());
      String file = type.outputPattern().replace("*", "install");
      RecordingRunner runner = fakeBib(out, new AtomicReference<>(), file);
      BootcImageBuilder bib = BootcImageBuilder.builder(BIB).podman(Podman.builder().runner(runner).build()).build();
      DiskImageRequest.Builder request = DiskImageRequest.builder("localhost/tank-os:1", out).type(type);
      if (!type.isIso()) {
        request.targetArch("arm64");
      }
      DiskImageResult result = bib.build(request.build(), l -> {});
      List<String> argv = runner.argvs().get(0);
      int at = argv.indexOf(BIB);
      List<String> bibArgs = argv.subList(at + 1, argv.size());
      List<String> expected = new ArrayList<>(List.of("--type", type.cliName()));
      if (!type.isIso()) {
        expected.addAll(List.of("--target-arch", "arm64"));
      }
      expected.addAll(List.of("--output", "/output", "--progress", "verbose", "--", "localhost/tank-os:1"));
      assertThat(bibArgs).as(type.cliName()).containsExactlyElementsOf(expected);
      assertThat(argv).noneMatch(a -> a.endsWith(":/config.toml:ro"));
      assertThat(result.image(type)).contains(out.resolve(file));
      checked.add(type.cliName());
    }
    System.out.println("BIB invocations checked for image types: " + checked);
    assertThat(checked).contains("qcow2", "raw", "ami", "vmdk", "vhd", "gce", "anaconda-iso");
  }

  @Test
  void isoAndDiskTypesCannotBeMixed() {
    assertThatThrownBy(
            () -> DiskImageRequest.builder("i", dir).type(ImageType.QCOW2).type(ImageType.ANACONDA_ISO).build())
        .isInstanceOf(io.tankos.core.validation.ValidationException.class)
        .hasMessageStartingWith("type: cannot mix ISO/disk images");
  }

  @Test
  void unsupportedCustomizationsAreReportedAsWarnings() {
    Path out = dir.resolve("o");
    RecordingRunner runner = fakeBib(out, new AtomicReference<>(), "bootiso/install.iso");
    BootcImageBuilder bib = BootcImageBuilder.builder(BIB).podman(Podman.builder().runner(runner).build()).build();
    BuildConfig config =
        BuildConfig.builder().addFilesystem(new FilesystemSize("/", DataSize.of("10 GiB"))).build();
    DiskImageResult result =
        bib.build(DiskImageRequest.builder("localhost/tank-os:1", out).type(ImageType.ANACONDA_ISO).config(config).build(), l -> {});
    assertThat(result.warnings()).singleElement().asString().startsWith("customizations.filesystem: not supported");
  }

  @Test
  void failureCarriesBibsErrorLine() {
    RecordingRunner runner =
        new RecordingRunner()
            .onPrefix("podman", "run")
            .reply(
                RecordingRunner.Reply.exitCode(1)
                    .stderr("2026/01/01 10:00:00 error: image localhost/tank-os:1 is not a bootc image\n"));
    BootcImageBuilder bib = BootcImageBuilder.builder(BIB).podman(Podman.builder().runner(runner).build()).build();
    assertThatThrownBy(() -> bib.build(DiskImageRequest.builder("localhost/tank-os:1", dir.resolve("o")).build(), l -> {}))
        .isInstanceOf(CommandFailedException.class)
        .hasMessageContaining("bootc-image-builder failed with exit code 1: image localhost/tank-os:1 is not a bootc image");
  }

  @Test
  void missingOutputIsAnError() {
    RecordingRunner runner = new RecordingRunner().onPrefix("podman", "run").reply(RecordingRunner.Reply.success());
    BootcImageBuilder bib = BootcImageBuilder.builder(BIB).podman(Podman.builder().runner(runner).build()).build();
    assertThatThrownBy(() -> bib.build(DiskImageRequest.builder("localhost/tank-os:1", dir.resolve("o")).type(ImageType.VMDK).build(), l -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("wrote no vmdk image (vmdk/disk.vmdk)");
  }

  @Test
  void timeoutRemovesTheContainer() {
    RecordingRunner runner =
        new RecordingRunner()
            .onPrefix("podman", "run").reply(RecordingRunner.Reply.timeout())
            .onPrefix("podman", "rm").reply(RecordingRunner.Reply.success());
    BootcImageBuilder bib =
        BootcImageBuilder.builder(BIB)
            .podman(Podman.builder().runner(runner).build())
            .timeout(Duration.ofSeconds(5))
            .build();
    assertThatThrownBy(() -> bib.build(DiskImageRequest.builder("localhost/tank-os:1", dir.resolve("o")).build(), l -> {}))
        .isInstanceOf(CommandTimeoutException.class);
    List<String> run = runner.argvs().get(0);
    String name = run.get(run.indexOf("--name") + 1);
    assertThat(runner.argvs().get(1)).containsExactly("podman", "rm", "--force", "--time", "0", "--", name);
  }

  @Test
  void bibImageIsRequiredAndChecked() {
    for (String image : new String[] {"", "-v", "a b", "a\nb", "a\u0000b"}) {
      assertThatThrownBy(() -> BootcImageBuilder.builder(image))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.location().toString()).isEqualTo("BootcImageBuilder.bibImage"));
    }
    assertThatThrownBy(() -> BootcImageBuilder.builder(BIB).runArgs("--pull=never", "a\u0000b"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.location().toString()).isEqualTo("BootcImageBuilder.runArgs[1]"));
    assertThatThrownBy(() -> BootcImageBuilder.builder(BIB).storage(Path.of("")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.location().toString()).isEqualTo("BootcImageBuilder.storage"));
    Command c =
        BootcImageBuilder.builder(BIB)
            .podman(Podman.builder().globalArgs("--root", "/r").build())
            .storage(Path.of("/home/u/.local/share/containers/storage"))
            .runArgs("--pull=never")
            .build()
            .command(DiskImageRequest.builder("img", Path.of("/o")).chown(1000, 1000).inVm(true).useLibrepo(false).build(), null, "n");
    assertThat(c.argv())
        .containsExactly(
            "podman", "--root", "/r", "run", "--rm", "--privileged", "--security-opt", "label=type:unconfined_t",
            "--name", "n", "--pull=never", "-v", "/o:/output",
            "-v", "/home/u/.local/share/containers/storage:/var/lib/containers/storage",
            "--", BIB, "--type", "qcow2", "--output", "/output", "--progress", "verbose", "--chown", "1000:1000",
            "--use-librepo=false", "--in-vm", "--", "img");
  }
}
