package io.tankos.bootc.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.core.exec.OutputLine;
import io.tankos.core.validation.ParseException;
import io.tankos.testkit.Conformance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@link Bootc} through every command and error with a fake bootc and the real local runner. */
class BootcFakeExecutableTest {
  @TempDir Path dir;
  private FakeBootc fake;
  private Bootc bootc;

  @BeforeEach
  void setUp() {
    fake = new FakeBootc(dir);
    bootc = Bootc.builder().executable(fake.executable().toString()).build();
  }

  @Test
  void statusParsesTheHostDocument() throws Exception {
    fake.ok(Files.readString(Conformance.require("bootc/fixtures-json/spec-staged-booted.json")));
    BootcHost host = bootc.status();
    assertThat(fake.lastArgv()).containsExactly("status", "--format=json", "--format-version=1");
    assertThat(host.isBootcHost()).isTrue();
    assertThat(host.staged()).isPresent();

    fake.ok(Files.readString(Conformance.require("bootc/fixtures/spec-v1-null.json")));
    assertThat(bootc.status().isBootcHost()).isFalse();

    fake.ok("apiVersion: org.containers.bootc/v1\n");
    assertThatThrownBy(bootc::status).isInstanceOf(ParseException.class).hasMessageStartingWith("bootc status:");

    fake.error("Unsupported format version: 1");
    assertThatThrownBy(bootc::status)
        .isInstanceOfSatisfying(
            BootcException.class, e -> assertThat(e.error()).isEqualTo(BootcError.UNSUPPORTED_FORMAT_VERSION));
  }

  @Test
  void statusFallsBackWhenFormatVersionIsUnknown() throws Exception {
    Path script = dir.resolve("old-bootc");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "case \"$*\" in\n"
            + "  *--format-version*) echo \"error: unexpected argument '--format-version' found\" >&2; exit 2 ;;\n"
            + "  'status --format=json') cat '" + Conformance.require("bootc/fixtures/spec-v1-null.json") + "' ;;\n"
            + "  *) exit 3 ;;\n"
            + "esac\n");
    Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(Bootc.builder().executable(script.toString()).build().status().isBootcHost()).isFalse();
  }

  @Test
  void upgradeCheckReportsUpdatesAndNoChanges() {
    fake.ok(
        "Update available for: registry.example/tank-os:stable\n"
            + "  Version: 42.20260101.0\n"
            + "  Digest: sha256:abcd\n"
            + "Total new layers: 3    Size: 120.0 MB\n");
    UpgradeCheck check = bootc.upgradeCheck();
    assertThat(fake.lastArgv()).containsExactly("upgrade", "--check");
    assertThat(check.updateAvailable()).isTrue();
    assertThat(check.image()).isEqualTo("registry.example/tank-os:stable");
    assertThat(check.updateVersion()).contains("42.20260101.0");
    assertThat(check.updateDigest()).contains("sha256:abcd");

    fake.ok("No changes in: registry.example/tank-os:stable\n");
    UpgradeCheck none = bootc.upgradeCheck();
    assertThat(none.updateAvailable()).isFalse();
    assertThat(none.image()).isEqualTo("registry.example/tank-os:stable");
    assertThat(none.updateDigest()).isEmpty();
  }

  @Test
  void upgradeStreamsProgressAndMapsErrors() {
    fake.reply("Fetching layers\nQueued for next boot: registry.example/tank-os:stable\n", "progress on stderr\n", 0);
    List<OutputLine> progress = new CopyOnWriteArrayList<>();
    List<String> out =
        bootc.upgrade(UpgradeOptions.builder().apply(true).softReboot("auto").tag("v2").build(), progress::add);
    assertThat(fake.lastArgv()).containsExactly("upgrade", "--apply", "--soft-reboot=auto", "--tag", "v2");
    assertThat(out).contains("Queued for next boot: registry.example/tank-os:stable");
    assertThat(progress).extracting(OutputLine::text).contains("Fetching layers", "progress on stderr");

    fake.error("Upgrading: No staged deployment found");
    assertThatThrownBy(() -> bootc.upgrade(UpgradeOptions.builder().fromDownloaded(true).build(), l -> {}))
        .isInstanceOfSatisfying(
            BootcException.class,
            e -> {
              assertThat(e.error()).isEqualTo(BootcError.NO_STAGED_DEPLOYMENT);
              assertThat(e.bootcMessage()).isEqualTo("Upgrading: No staged deployment found");
              assertThat(e.exitCode()).isEqualTo(1);
            });
    assertThat(fake.lastArgv()).containsExactly("upgrade", "--from-downloaded");

    fake.error("Deployment contains local rpm-ostree modifications; cannot upgrade via bootc. You can run `rpm-ostree reset` to undo the modifications.");
    assertThatThrownBy(() -> bootc.upgrade(UpgradeOptions.defaults(), l -> {}))
        .isInstanceOfSatisfying(
            BootcException.class, e -> assertThat(e.error()).isEqualTo(BootcError.LOCAL_MODIFICATIONS));

    fake.error("Soft reboot was required but staged deployment is not soft-reboot capable");
    assertThatThrownBy(() -> bootc.upgrade(UpgradeOptions.builder().apply(true).softReboot("required").build(), l -> {}))
        .isInstanceOfSatisfying(
            BootcException.class, e -> assertThat(e.error()).isEqualTo(BootcError.SOFT_REBOOT_NOT_POSSIBLE));
  }

  @Test
  void switchPassesTransportAndTarget() {
    fake.ok("Queued for next boot: /var/mnt/update\n");
    bootc.switchTo(
        "/var/mnt/update",
        SwitchOptions.builder().transport("oci").apply(true).retain(true).enforceContainerSigpolicy(true).build(),
        l -> {});
    assertThat(fake.lastArgv())
        .containsExactly("switch", "--transport", "oci", "--apply", "--retain", "--enforce-container-sigpolicy", "--", "/var/mnt/update");

    fake.error("Switching: Initializing storage: System not booted via bootc");
    assertThatThrownBy(() -> bootc.switchTo("registry.example/tank-os:stable", SwitchOptions.defaults(), l -> {}))
        .isInstanceOfSatisfying(
            BootcException.class, e -> assertThat(e.error()).isEqualTo(BootcError.NOT_BOOTED_VIA_BOOTC))
        .hasMessageContaining("System not booted via bootc");
    assertThatThrownBy(() -> bootc.switchTo("--apply", SwitchOptions.defaults(), l -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rollbackAndUsrOverlay() {
    fake.ok("Next boot: rollback deployment\n");
    assertThat(bootc.rollback(false)).containsExactly("Next boot: rollback deployment");
    assertThat(fake.lastArgv()).containsExactly("rollback");

    fake.error("No rollback available");
    assertThatThrownBy(() -> bootc.rollback(true))
        .isInstanceOfSatisfying(
            BootcException.class, e -> assertThat(e.error()).isEqualTo(BootcError.NO_ROLLBACK_AVAILABLE));
    assertThat(fake.lastArgv()).containsExactly("rollback", "--apply");

    fake.ok("");
    bootc.usrOverlay(true);
    assertThat(fake.lastArgv()).containsExactly("usr-overlay", "--read-only");
    fake.error("usroverlay only applies on booted hosts");
    assertThatThrownBy(() -> bootc.usrOverlay(false))
        .isInstanceOfSatisfying(
            BootcException.class, e -> assertThat(e.error()).isEqualTo(BootcError.NOT_BOOTED_VIA_BOOTC));
  }

  @Test
  void privilegeAndContainerErrors() {
    fake.error("This command must be executed as the root user");
    assertThatThrownBy(() -> bootc.rollback(false))
        .isInstanceOfSatisfying(BootcException.class, e -> assertThat(e.error()).isEqualTo(BootcError.NOT_ROOT));
    fake.error("Preparing for write: Detected container; this command requires a booted host system.");
    assertThatThrownBy(() -> bootc.upgrade(UpgradeOptions.defaults(), l -> {}))
        .isInstanceOfSatisfying(BootcException.class, e -> assertThat(e.error()).isEqualTo(BootcError.IN_CONTAINER));
    fake.error("Pulling: connection refused");
    assertThatThrownBy(() -> bootc.upgrade(UpgradeOptions.defaults(), l -> {}))
        .isInstanceOfSatisfying(BootcException.class, e -> assertThat(e.error()).isEqualTo(BootcError.OTHER));
    fake.reply("", "Segmentation fault\n", 139);
    assertThatThrownBy(() -> bootc.rollback(false))
        .isInstanceOfSatisfying(
            BootcException.class,
            e -> {
              assertThat(e.error()).isEqualTo(BootcError.OTHER);
              assertThat(e.bootcMessage()).isEqualTo("Segmentation fault");
            });
  }

  @Test
  void containerLintIsAResult() {
    fake.reply("Checks passed: 8\n", "Lint warning: var-tmpfiles: Found content in /var\nerror: Linting: 1 lint failed\n", 1);
    LintResult lint = bootc.containerLint(Path.of("/rootfs"), true, List.of("var-log", "sysusers"));
    assertThat(fake.lastArgv())
        .containsExactly("container", "lint", "--rootfs", "/rootfs", "--fatal-warnings", "--skip", "var-log", "--skip", "sysusers", "--no-truncate");
    assertThat(lint.passed()).isFalse();
    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.warnings()).containsExactly("Lint warning: var-tmpfiles: Found content in /var");
    fake.ok("Checks passed: 9\n");
    assertThat(bootc.containerLint(null, false, List.of()).passed()).isTrue();
    assertThat(fake.lastArgv()).containsExactly("container", "lint", "--no-truncate");
  }

  @Test
  void installToDisk() {
    fake.ok("Installation complete!\n");
    List<OutputLine> progress = new CopyOnWriteArrayList<>();
    bootc.installToDisk(
        InstallToDisk.builder("/output/disk.raw")
            .viaLoopback(true)
            .genericImage(true)
            .filesystem("xfs")
            .rootSize("20G")
            .karg("console=ttyS0")
            .targetImgref("registry.example/tank-os:stable")
            .skipFetchCheck(true)
            .build(),
        progress::add);
    assertThat(fake.lastArgv())
        .containsExactly(
            "install", "to-disk", "--filesystem", "xfs", "--root-size", "20G", "--target-imgref",
            "registry.example/tank-os:stable", "--skip-fetch-check", "--karg", "console=ttyS0",
            "--generic-image", "--via-loopback", "--", "/output/disk.raw");
    assertThat(progress).extracting(OutputLine::text).containsExactly("Installation complete!");
    assertThatThrownBy(() -> InstallToDisk.builder("/dev/vda").karg("console=ttyS0").karg("a b").build())
        .isInstanceOf(io.tankos.core.validation.ValidationException.class)
        .hasMessage("InstallToDisk.karg[1]: an option value must not contain whitespace or control characters (index 1)");
  }
}
