package io.tankos.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tankos.bootc.image.AgentInstance;
import io.tankos.bootc.image.TankOsImage;
import io.tankos.core.fs.FileTree;
import io.tankos.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class MultiInstanceTest {
  private static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop";

  @Test
  void twoAgentsWithTheirOwnUnitsPortsAndDirectories() {
    TankOsImage image = MultiInstance.image(KEY);
    FileTree ctx = image.buildContext();
    String units = "rootfs/etc/containers/systemd/users/1000/";
    assertThat(ctx.paths()).contains(units + "work.container", units + "work-gator.container",
        units + "research.container", "rootfs/usr/lib/systemd/user/research-healthcheck.timer");
    assertThat(ctx.text(units + "research.container").orElseThrow())
        .contains("ContainerName=research\n", "Volume=%h/.research:/home/node/.openclaw:Z\n", "--port 18790\n");
    assertThat(ctx.text("rootfs/usr/lib/systemd/user/research-healthcheck.timer").orElseThrow())
        .contains("OnBootSec=3min\n", "OnUnitActiveSec=10min\n");
    assertThat(ctx.paths()).noneMatch(p -> p.contains("sudoers"));
    assertThat(ctx.text("seed/user-data").orElseThrow()).contains(KEY);
    assertThat(ctx).isEqualTo(MultiInstance.image(KEY).buildContext());
  }

  @Test
  void aThirdAgentOnAUsedPortIsRefused() {
    TankOsImage image = MultiInstance.image(KEY);
    assertThatThrownBy(() -> image.toBuilder().instance(AgentInstance.builder("third").gatewayPort(18790).build())
        .build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("TankOsImage.instances[2].gatewayPort: port 18790 already used by instances[1]");
  }
}
