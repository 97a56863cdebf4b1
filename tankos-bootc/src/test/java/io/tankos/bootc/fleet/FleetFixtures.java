package io.tankos.bootc.fleet;

import io.tankos.bootc.image.AgentInstance;
import io.tankos.bootc.image.HealthCheck;
import io.tankos.bootc.image.ServiceGator;
import io.tankos.bootc.image.TankOsImage;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keys, images and host lists for the fleet tests. */
final class FleetFixtures {
  static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIlt6yywcG2DM01Ra4hMEiiCmLZzXdYUHcPNv8SpDaRI admin@laptop";
  static final String KEY2 =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOrLMMlq8Xv5KzBYE0nNkHs0EGXRQKRSZ1h0Xn0Ym3fZ ops@desk";

  static final String CSV_HEADER = "hostname,instance_id,ssh_authorized_keys,instances,mac,address,gateway,dns,labels\n";

  private FleetFixtures() {}

  /** {@code work} (with service-gator) and {@code research} (with a health check). */
  static TankOsImage twoInstances() {
    return TankOsImage.tankOs().toBuilder()
        .clearInstances()
        .instance(AgentInstance.builder("work")
            .serviceGator(ServiceGator.builder().name("work-gator").port(8080).build())
            .build())
        .instance(AgentInstance.builder("research")
            .gatewayPort(18790)
            .healthCheck(HealthCheck.builder().interval("10min").bootDelay("3min").build())
            .build())
        .build();
  }

  /** A CSV row: host name, instance id, keys, instances, MAC, address, gateway, DNS, labels. */
  static String row(String... fields) {
    return String.join(",", fields) + "\n";
  }

  /** A host list file. */
  static Path file(Path dir, String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
