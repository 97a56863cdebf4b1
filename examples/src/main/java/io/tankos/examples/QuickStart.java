package io.tankos.examples;

import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.bootc.containerfile.Run;
import io.tankos.bootc.podman.BuildResult;
import io.tankos.bootc.podman.Podman;
import io.tankos.bootc.podman.PodmanBuild;
import io.tankos.cloudinit.CloudCommand;
import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.CloudUser;
import io.tankos.cloudinit.MetaData;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.cloudinit.Target;
import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.core.validation.TargetPolicy;
import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.InstallLocation;
import io.tankos.quadlet.QuadletSet;
import io.tankos.quadlet.SystemdValue;
import io.tankos.quadlet.UserNs;
import io.tankos.quadlet.secret.SecretMount;

/**
 * The README's quick-start, compiled and tested so that it stays true.
 *
 * <pre>{@code
 * FileTree units = QuickStart.quadlet();
 * }</pre>
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * A rootless Quadlet unit for user 1000 with an API key from the user's Podman secret store.
   *
   * @return the unit built once (every value checked), its files rendered for Podman 5.4 under
   *     {@code etc/containers/systemd/users/1000/}
   */
  public static FileTree quadlet() {
    ContainerUnit agent =
        ContainerUnit.builder("agent")
            .description("My agent")
            .image("quay.io/example/agent:1.0")
            .userNs(UserNs.keepId())
            .addVolume(SystemdValue.withSpecifiers("%h/.agent:/data:Z")) // %h: deliberate specifier
            .environment("GREETING", "hello world") // quoted for Quadlet as needed
            .addSecret(SecretMount.env("anthropic_api_key", "ANTHROPIC_API_KEY"))
            .addPublishPort("127.0.0.1:8080:8080")
            .exec("serve", "--port", "8080")
            .wantedBy("default.target")
            .build(); // validates everything; toString() is the unit as modelled
    ContainerUnit pinned = agent.toBuilder().image("quay.io/example/agent:1.1").build(); // set: replaces
    QuadletSet set = QuadletSet.builder().unit(pinned).build();
    return InstallLocation.user(1000).tree(set, PodmanVersion.V5_4, TargetPolicy.STRICT); // the target
  }

  /**
   * A NoCloud seed that creates the agent user at first boot.
   *
   * @param sshKey the administrator's public key
   * @return {@code user-data} and {@code meta-data}
   */
  public static NoCloudSeed cloudInit(String sshKey) {
    CloudConfig config =
        CloudConfig.builder()
            .user(CloudUser.builder("openclaw").groups("wheel").shell("/bin/bash").lockPasswd(true)
                .sshAuthorizedKey(sshKey).build())
            .hostname("tank-01")
            .runcmd(CloudCommand.argv("loginctl", "enable-linger", "openclaw"))
            .build();
    config.check(Target.bootc(CloudInitVersion.V22_4)); // no package installs on an image-based OS
    return NoCloudSeed.builder()
        .metaData(MetaData.builder("tank-01-v1").localHostname("tank-01").build())
        .userData(config)
        .build();
  }

  /**
   * A bootc Containerfile that copies the units into the image.
   *
   * @return the Containerfile
   */
  public static Containerfile containerfile() {
    return Containerfile.builder()
        .from("quay.io/fedora/fedora-bootc:42")
        .copy("rootfs/", "/")
        .run(Run.exec("bootc", "container", "lint"))
        .build();
  }

  /**
   * Builds the image with the local podman.
   *
   * @param context the build context
   * @return the built image
   */
  public static BuildResult build(FileTree context) {
    Podman podman = Podman.builder().build();
    return podman.build(
        PodmanBuild.builder().containerfile(containerfile()).context(context).tag("localhost/my-tank-os:1").build(),
        line -> System.out.println(line.text()));
  }
}
