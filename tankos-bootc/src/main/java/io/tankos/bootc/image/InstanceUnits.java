package io.tankos.bootc.image;

import io.tankos.bootc.image.internal.ImageScripts;
import io.tankos.core.podman.PullPolicy;
import io.tankos.core.systemd.ServiceType;
import io.tankos.core.systemd.SystemdUnit;
import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.Restart;
import io.tankos.quadlet.SystemdValue;
import io.tankos.quadlet.UserNs;
import java.util.ArrayList;
import java.util.List;

/**
 * The units of one instance: its agent Quadlet (the same Podman command as Tank-OS's {@code
 * openclaw.container} for the default instance), its service-gator Quadlet, and its health-check
 * service and timer. No unit names a secret: the image's sync script writes the {@code Secret=}
 * drop-ins for the secrets that exist.
 */
final class InstanceUnits {
  private InstanceUnits() {}

  /** The agent's Quadlet. */
  static ContainerUnit agent(AgentInstance i) {
    String state = "%h/".concat(i.stateDirectory()); // exact strings: concat, not a builder
    ContainerUnit.Builder b = ContainerUnit.builder(i.name()).description(i.description());
    if (!i.after().isEmpty()) {
      b.after(i.after().toArray(new String[0]));
    }
    if (!i.wants().isEmpty()) {
      b.wants(i.wants().toArray(new String[0]));
    }
    b.image(i.image())
        .containerName(i.containerName())
        .pull(PullPolicy.NEWER)
        .runInit(true)
        .userNs(UserNs.keepId())
        .addNetwork("host")
        .user(SystemdValue.withSpecifiers("%U:%G"))
        .addVolume(SystemdValue.withSpecifiers(state.concat(":/home/node/.openclaw:Z")));
    AgentInstance.ENVIRONMENT.forEach(b::environment); // no entry wrapper per variable
    fileVariables(b, i.secrets());
    return b.addEnvironmentFile(List.of(SystemdValue.withSpecifiers("%h/".concat(i.envFile()))))
        .exec("node", "dist/index.js", "gateway", "--allow-unconfigured", "--bind", "lan", "--port",
            Integer.toString(i.gatewayPort()))
        .addExecStartPre("/" + ImageScripts.BOOTSTRAP_OPENCLAW, i.name())
        .timeoutStartSec(i.timeoutStartSec())
        .restart(Restart.ON_FAILURE)
        .wantedBy("default.target")
        .build();
  }

  /** The service-gator Quadlet of an instance that has one. */
  static ContainerUnit gator(AgentInstance i, ServiceGator g) {
    String description = g.name().equals("service-gator")
        ? "service-gator scoped service MCP server (rootless Podman)"
        : "service-gator scoped service MCP server of " + i.name() + " (rootless Podman)";
    ContainerUnit.Builder b = ContainerUnit.builder(g.name())
        .description(description)
        .after("network-online.target")
        .image(g.image())
        .containerName(g.name())
        .pull(PullPolicy.NEWER)
        .runInit(true)
        .addVolume(SystemdValue.withSpecifiers("%h/".concat(g.configDirectory()).concat(":/etc/service-gator:Z")))
        .addVolume(SystemdValue.withSpecifiers("%h/".concat(i.stateDirectory()).concat(":/workspaces:Z")));
    fileVariables(b, g.tokens());
    // the container port is a constant: its parts of the texts are constants too
    return b.addPublishPort("127.0.0.1:".concat(Integer.toString(g.port())).concat(":" + ServiceGator.CONTAINER_PORT))
        .exec("--mcp-server", "0.0.0.0:" + ServiceGator.CONTAINER_PORT, "--scope-file", "/etc/service-gator/scopes.json")
        .addExecStartPre("/" + ImageScripts.BOOTSTRAP_SERVICE_GATOR, i.name())
        .timeoutStartSec("300")
        .restart(Restart.ON_FAILURE)
        .wantedBy("default.target")
        .build();
  }

  private static void fileVariables(ContainerUnit.Builder b, List<InstanceSecret> secrets) {
    for (InstanceSecret s : secrets) {
      String variable = s.isEnv() ? null : s.variable().orElse(null); // one Optional, asked once
      if (variable != null) {
        b.environment(variable, s.filePath());
      }
    }
  }

  /** The base name of an instance's health-check units. */
  static String healthName(AgentInstance i) {
    return i.name() + "-healthcheck";
  }

  /** The health-check service and timer of an instance that has a check, else none. */
  static List<SystemdUnit> health(AgentInstance i) {
    List<SystemdUnit> units = new ArrayList<>();
    i.healthCheck().ifPresent(h -> {
      String name = healthName(i);
      units.add(SystemdUnit.service(name)
          .description("Health check of the OpenClaw instance " + i.name())
          .after(i.name() + ".service")
          .type(ServiceType.ONESHOT)
          .execStart(List.of("/" + ImageScripts.HEALTHCHECK, i.name()))
          .build());
      units.add(SystemdUnit.timer(name)
          .description("Periodic health check of the OpenClaw instance " + i.name())
          .onBootSec(h.bootDelay())
          .onUnitActiveSec(h.interval())
          .wantedBy("timers.target")
          .build());
    });
    return units;
  }
}
