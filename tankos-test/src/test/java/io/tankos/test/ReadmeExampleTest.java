package io.tankos.test;

import static io.tankos.test.TankosAssertions.assertThat;

import io.tankos.bootc.podman.Podman;
import io.tankos.bootc.podman.PodmanBuild;
import io.tankos.core.exec.RecordingRunner;
import io.tankos.core.fs.FileTree;
import io.tankos.core.podman.PodmanVersion;
import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.QuadletSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

// README.md, "Testing your code with tankos-test": keep the two the same.
@TankosTest
class ReadmeExampleTest {

  @Test
  void buildsTheImageFromItsContext(RecordingRunner runner) {
    QuadletSet units =
        QuadletSet.builder().unit(ContainerUnit.builder("web").image("localhost/web:1").build()).build();
    FileTree context =
        FileTree.builder()
            .add("quadlets", units.toFileTree())
            .file("etc/sudoers.d/openclaw", "openclaw ALL=(ALL) NOPASSWD: ALL\n", 0440)
            .build();
    runner.onPrefix("podman", "build").reply(ToolReplies.podmanBuild("sha256:1234"));

    String id =
        Podman.builder().runner(runner).build()
            .build(PodmanBuild.builder().containerfile("FROM scratch\n").context(context).tag("localhost/os:1").build())
            .imageId();

    assertThat(id).isEqualTo("sha256:1234");
    assertThat(runner.invocations().get(0)).hasArgvStartingWith("podman", "build").hasOption("--tag", "localhost/os:1");
    assertThat(units).hasKey("web.container", "Container", "Image", "localhost/web:1").isAcceptedByQuadlet(PodmanVersion.V5_4);
    assertThat(context).hasFile("etc/sudoers.d/openclaw").withMode(0440);
    assertThat(context).matchesDirectory(Path.of("src/test/golden/readme-context"));
  }
}
