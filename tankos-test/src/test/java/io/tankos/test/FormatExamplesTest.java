package io.tankos.test;

import static io.tankos.test.TankosAssertions.assertThat;

import io.tankos.bootc.containerfile.BuilderTarget;
import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.cloudinit.CloudCommand;
import io.tankos.cloudinit.CloudConfig;
import io.tankos.cloudinit.CloudInitVersion;
import io.tankos.cloudinit.MetaData;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.NetworkUnit;
import io.tankos.quadlet.QuadletSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Users' tests of each format, written with the assertions. */
class FormatExamplesTest {

  static QuadletSet webSet() {
    NetworkUnit net = NetworkUnit.builder("web").addSubnet("10.89.10.0/24").build();
    ContainerUnit web =
        ContainerUnit.builder("web").image("localhost/web:1").addNetwork(net).environment("MODE", "prod").build();
    return QuadletSet.builder().unit(net).unit(web).build();
  }

  static CloudConfig config() {
    return CloudConfig.builder().hostname("tank-01").runcmd(CloudCommand.argv("systemctl", "start", "web")).build();
  }

  static Containerfile containerfile() {
    return Containerfile.builder()
        .from("localhost/tank-os-base:1")
        .copy("quadlets/", "/etc/containers/systemd/")
        .run("bootc container lint")
        .build();
  }

  static FileTree buildContext() {
    return FileTree.builder()
        .file("Containerfile", containerfile().toString())
        .add("quadlets", webSet().toFileTree())
        .file("etc/sudoers.d/openclaw", "openclaw ALL=(ALL) NOPASSWD: ALL\n", 0440)
        .symlink("etc/localtime", "../usr/share/zoneinfo/UTC")
        .build();
  }

  @Test
  void aQuadletSet() {
    assertThat(webSet())
        .hasKey("web.container", "Container", "Image", "localhost/web:1")
        .hasKey("web.container", "Container", "Network", "web.network")
        .isAcceptedByQuadlet(PodmanVersion.V5_4);
    assertThat(webSet()).hasUnit("web.network").hasKey("Network", "Subnet", "10.89.10.0/24");
  }

  @Test
  void aCloudConfigAndItsSeed() {
    assertThat(config()).hasKey("runcmd").isValidFor(CloudInitVersion.V25_1).isValidFor(CloudInitVersion.V22_4);
    NoCloudSeed seed =
        NoCloudSeed.builder().metaData(MetaData.builder("tank-01-v1").localHostname("tank-01").build()).userData(config()).build();
    assertThat(seed).isValidFor(CloudInitVersion.V25_1)
        .files()
        .hasFile("user-data").withMode(0644).containsLine("hostname: tank-01")
        .and()
        .hasFile("meta-data").containsLine("instance-id: tank-01-v1");
  }

  @Test
  void aContainerfile() {
    assertThat(containerfile())
        .hasLine("RUN bootc container lint")
        .isBuildableBy(BuilderTarget.podman(4, 3))
        .rendersAs(
            "FROM localhost/tank-os-base:1\n"
                + "COPY quadlets/ /etc/containers/systemd/\n"
                + "RUN bootc container lint\n");
  }

  @Test
  void aBuildContextAgainstItsGoldenDirectory() {
    assertThat(buildContext())
        .hasFile("etc/sudoers.d/openclaw").withMode(0440).withText("openclaw ALL=(ALL) NOPASSWD: ALL\n")
        .and()
        .hasSymlink("etc/localtime", "../usr/share/zoneinfo/UTC")
        .matchesDirectory(Path.of("src/test/golden/build-context"));
  }
}
