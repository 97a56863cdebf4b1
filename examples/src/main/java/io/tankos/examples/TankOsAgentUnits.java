package io.tankos.examples;

import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.DropIn;
import io.tankos.quadlet.PullPolicy;
import io.tankos.quadlet.QuadletSet;
import io.tankos.quadlet.Restart;
import io.tankos.quadlet.SystemdValue;
import io.tankos.quadlet.UserNs;
import io.tankos.quadlet.secret.SecretMount;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Quadlet units of a Tank-OS agent machine, as Tank-OS ships them: the OpenClaw gateway
 * container, the service-gator MCP container, and a drop-in that hands the agent its API keys from
 * the user's Podman secret store.
 *
 * <pre>{@code
 * QuadletSet units = TankOsAgentUnits.openClaw(List.of(new AgentSecret("anthropic_api_key", "ANTHROPIC_API_KEY")));
 * FileTree tree = InstallLocation.user(1000).tree(units);
 * }</pre>
 */
public final class TankOsAgentUnits {
  /** The OpenClaw gateway's port. */
  public static final int GATEWAY_PORT = 18789;

  /** The OpenClaw image Tank-OS runs. */
  public static final String OPENCLAW_IMAGE = "ghcr.io/openclaw/openclaw:latest";

  /** The service-gator image Tank-OS runs. */
  public static final String SERVICE_GATOR_IMAGE = "ghcr.io/cgwalters/service-gator:latest";

  /** Tokens service-gator reads as files under {@code /run/secrets/}: variable, then secret name. */
  public static final List<Map.Entry<String, String>> SERVICE_GATOR_TOKENS =
      List.of(
          Map.entry("GH_TOKEN_FILE", "gh_token"),
          Map.entry("GITLAB_TOKEN_FILE", "gitlab_token"),
          Map.entry("FORGEJO_TOKEN_FILE", "forgejo_token"),
          Map.entry("JIRA_API_TOKEN_FILE", "jira_api_token"));

  private TankOsAgentUnits() {}

  /**
   * A secret of the agent user's Podman secret store, handed to the agent as an environment
   * variable.
   *
   * @param name the Podman secret's name, e.g. {@code anthropic_api_key}
   * @param variable the variable in the container, e.g. {@code ANTHROPIC_API_KEY}
   */
  public record AgentSecret(String name, String variable) {}

  /**
   * The units of the default OpenClaw preset.
   *
   * @param secrets the secrets the agent gets, in order
   * @return the unit set: {@code openclaw.container}, {@code service-gator.container} and {@code
   *     openclaw.container.d/10-secrets.conf}
   */
  public static QuadletSet openClaw(List<AgentSecret> secrets) {
    ContainerUnit openclaw =
        ContainerUnit.builder("openclaw")
            .description("OpenClaw gateway (rootless Podman)")
            .image(OPENCLAW_IMAGE)
            .containerName("openclaw")
            .pull(PullPolicy.NEWER)
            .runInit(true)
            .userNs(UserNs.keepId())
            .network("host")
            .user(SystemdValue.withSpecifiers("%U:%G"))
            .volume(SystemdValue.withSpecifiers("%h/.openclaw:/home/node/.openclaw:Z"))
            .environment("HOME", "/home/node")
            .environment("TERM", "xterm-256color")
            .environment("NPM_CONFIG_CACHE", "/home/node/.openclaw/.npm")
            .environment("OPENCLAW_NO_RESPAWN", "1")
            .environmentFile(List.of(SystemdValue.withSpecifiers("%h/.openclaw/openclaw.env")))
            .exec("node", "dist/index.js", "gateway", "--allow-unconfigured", "--bind", "lan", "--port",
                String.valueOf(GATEWAY_PORT))
            .execStartPre("/usr/libexec/tank-os/bootstrap-openclaw")
            .timeoutStartSec(Duration.ofSeconds(900))
            .restart(Restart.ON_FAILURE)
            .wantedBy("default.target")
            .build();
    ContainerUnit.Builder gator =
        ContainerUnit.builder("service-gator")
            .description("service-gator scoped service MCP server (rootless Podman)")
            .image(SERVICE_GATOR_IMAGE)
            .containerName("service-gator")
            .pull(PullPolicy.NEWER)
            .runInit(true)
            .volume(SystemdValue.withSpecifiers("%h/.config/service-gator:/etc/service-gator:z"))
            .volume(SystemdValue.withSpecifiers("%h/.openclaw:/workspaces:z"))
            .securityLabelLevel("s0")
            .publishPort("127.0.0.1:8080:8080");
    for (Map.Entry<String, String> token : SERVICE_GATOR_TOKENS) {
      gator.environment(token.getKey(), "/run/secrets/" + token.getValue());
    }
    ContainerUnit serviceGator =
        gator
            .exec("--mcp-server", "0.0.0.0:8080", "--scope-file", "/etc/service-gator/scopes.json")
            .execStartPre("/usr/libexec/tank-os/bootstrap-service-gator")
            .timeoutStartSec(Duration.ofSeconds(300))
            .restart(Restart.ON_FAILURE)
            .wantedBy("default.target")
            .build();
    ContainerUnit.Builder secretsDropIn = ContainerUnit.builder("openclaw");
    for (AgentSecret s : secrets) {
      secretsDropIn.secret(SecretMount.env(s.name(), s.variable()));
    }
    DropIn dropIn = secretsDropIn.buildDropIn("10-secrets.conf");
    return QuadletSet.builder().unit(openclaw).unit(serviceGator).dropIn(dropIn).build();
  }
}
