package io.tankos.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tankos.bootc.containerfile.Containerfile;
import io.tankos.cloudinit.NoCloudSeed;
import io.tankos.core.fs.FileTree;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void quadletUnitIsRenderedForUser1000() {
    FileTree units = QuickStart.quadlet();
    assertThat(units.text("etc/containers/systemd/users/1000/agent.container").orElseThrow())
        .contains(
            "Volume=%h/.agent:/data:Z\n",
            "Environment=\"GREETING=hello world\"\n",
            "Secret=anthropic_api_key,type=env,target=ANTHROPIC_API_KEY\n",
            "Exec=serve --port 8080\n")
        .contains("Image=quay.io/example/agent:1.1\n")
        .doesNotContain("agent:1.0");
  }

  @Test
  void seedHasUserDataAndMetaData() {
    NoCloudSeed seed = QuickStart.cloudInit(
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop");
    FileTree tree = seed.toFileTree();
    assertThat(tree.text("user-data").orElseThrow())
        .startsWith("#cloud-config\n")
        .contains("openclaw", "enable-linger");
    assertThat(tree.text("meta-data").orElseThrow()).contains("tank-01-v1");
  }

  @Test
  void containerfileParsesBackToTheSameText() {
    String text = QuickStart.containerfile().toString();
    assertThat(text).contains("FROM quay.io/fedora/fedora-bootc:42", "RUN [\"bootc\", \"container\", \"lint\"]");
    assertThat(Containerfile.parse("Containerfile", text).toString()).isEqualTo(text);
  }
}
