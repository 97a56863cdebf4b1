package io.tankos.bootc.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.podman.Podman;
import io.tankos.core.exec.Command;
import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.exec.SshTransport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** argv shapes of {@link Bootc} through sudo and an SSH transport. */
class BootcRecordingTest {
  private static final String NULL_HOST =
      "{\"apiVersion\":\"org.containers.bootc/v1\",\"kind\":\"BootcHost\",\"metadata\":{\"name\":\"host\"},"
          + "\"spec\":{\"image\":null,\"bootOrder\":\"default\"},\"status\":{\"staged\":null,\"booted\":null,"
          + "\"rollback\":null,\"rollbackQueued\":false,\"type\":null}}";

  @Test
  void statusOverSshWithSudo() {
    RecordingRunner local =
        new RecordingRunner().onPrefix("ssh").reply(RecordingRunner.Reply.success().stdout(NULL_HOST));
    SshTransport ssh = SshTransport.builder().host("tank-01").user("core").runner(local).build();
    Bootc bootc = Bootc.builder().runner(ssh).via("sudo", "-n").build();
    assertThat(bootc.status().isBootcHost()).isFalse();
    assertThat(local.argvs())
        .containsExactly(
            List.of(
                "ssh", "-l", "core", "-o", "BatchMode=yes", "--", "tank-01",
                "'sudo' '-n' 'bootc' 'status' '--format=json' '--format-version=1'"));
  }

  @Test
  void installInContainerCommandHasTheDocumentedShape() {
    Podman podman = Podman.builder().globalArgs("--root", "/store").build();
    Command c =
        Bootc.installToDiskCommand(
            podman,
            "localhost/tank-os:1",
            InstallToDisk.builder("/output/disk.raw").viaLoopback(true).genericImage(true).build(),
            List.of("-v", "/srv/out:/output"));
    assertThat(c.argv())
        .containsExactly(
            "podman", "--root", "/store", "run", "--rm", "--privileged", "--pid=host", "--ipc=host",
            "-v", "/var/lib/containers:/var/lib/containers", "-v", "/dev:/dev",
            "--security-opt", "label=type:unconfined_t", "-v", "/srv/out:/output",
            "localhost/tank-os:1", "bootc", "install", "to-disk", "--generic-image", "--via-loopback",
            "/output/disk.raw");
  }
}
