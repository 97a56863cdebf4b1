package io.tankos.quadlet.tankos;

import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.DropIn;
import io.tankos.quadlet.InstallLocation;
import io.tankos.quadlet.PullPolicy;
import io.tankos.quadlet.QuadletSet;
import io.tankos.quadlet.Restart;
import io.tankos.quadlet.SystemdValue;
import io.tankos.quadlet.UserNs;
import io.tankos.quadlet.secret.SecretMount;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Tank-OS rootless Quadlet units: the OpenClaw agent container (state bind-mounted from
 * {@code ~/.openclaw}, API keys as Podman secrets exposed as environment variables), installed for the
 * {@code openclaw} user (UID 1000) under {@code /etc/containers/systemd/users/1000/}. Several agents
 * on one host get distinct names, ports and data directories.
 *
 * <pre>{@code
 * ContainerUnit agent = TankOsUnits.openclaw("ghcr.io/openclaw/openclaw:2026.1").build();
 * QuadletSet set = TankOsUnits.set(agent, TankOsUnits.secretsDropIn(agent, List.of("anthropic_api_key")));
 * FileTree files = TankOsUnits.LOCATION.tree(set);
 * }</pre>
 */
public final class TankOsUnits {
  /** Where Tank-OS installs the agent's units: rootless, for UID 1000. */
  public static final InstallLocation LOCATION = InstallLocation.user(1000);

  /** The gateway port of the default agent. */
  public static final int GATEWAY_PORT = 18789;

  /** The Podman secrets Tank-OS knows and the environment variable each becomes. */
  public static final Map<String, String> KNOWN_SECRETS = knownSecrets();

  private TankOsUnits() {}

  private static Map<String, String> knownSecrets() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String name : List.of("anthropic_api_key", "openai_api_key", "gemini_api_key",
        "google_api_key", "openrouter_api_key", "model_endpoint_api_key", "telegram_bot_token",
        "openclaw_gateway_token")) {
      m.put(name, name.toUpperCase(java.util.Locale.ROOT));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The default agent {@code openclaw.container}, as a builder to adjust further.
   *
   * @param image the OpenClaw image reference
   * @return the pre-filled builder
   */
  public static ContainerUnit.Builder openclaw(String image) {
    return openclaw("openclaw", image, GATEWAY_PORT);
  }

  /**
   * An agent container: {@code NAME.container} with its own container name, data directory
   * {@code ~/.NAME} and gateway port.
   *
   * @param name the unit and container name, e.g. {@code openclaw-research}
   * @param image the OpenClaw image reference
   * @param port the gateway port
   * @return the pre-filled builder
   */
  public static ContainerUnit.Builder openclaw(String name, String image, int port) {
    Objects.requireNonNull(image, "image");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    return ContainerUnit.builder(name)
        .description("OpenClaw agent " + name)
        .image(image)
        .containerName(name)
        .pull(PullPolicy.NEWER)
        .runInit(true)
        .userNs(UserNs.keepId())
        .network("host")
        .user(SystemdValue.withSpecifiers("%U"))
        .group(SystemdValue.withSpecifiers("%G"))
        .volume(SystemdValue.withSpecifiers("%h/." + name + ":/home/node/.openclaw:Z"))
        .environment("HOME", "/home/node")
        .environment("OPENCLAW_GATEWAY_PORT", Integer.toString(port))
        .environmentFile(List.of(SystemdValue.withSpecifiers("%h/." + name + "/openclaw.env")))
        .exec("openclaw", "gateway", "--port", Integer.toString(port))
        .execStartPre(List.of(SystemdValue.literal("/usr/bin/mkdir"), SystemdValue.literal("-p"),
            SystemdValue.withSpecifiers("%h/." + name)))
        .timeoutStartSec(Duration.ofSeconds(900))
        .restart(Restart.ON_FAILURE)
        .wantedBy("default.target");
  }

  /**
   * The {@code NAME.container.d/10-secrets.conf} drop-in: one {@code Secret=NAME,type=env,target=ENV}
   * line per secret.
   *
   * @param agent the agent unit
   * @param secretNames names from {@link #KNOWN_SECRETS}
   * @return the drop-in
   * @throws IllegalArgumentException for a name Tank-OS does not know
   */
  public static DropIn secretsDropIn(ContainerUnit agent, List<String> secretNames) {
    ContainerUnit.Builder b = ContainerUnit.builder(agent.name()).podmanVersion(agent.podmanVersion());
    for (String s : secretNames) {
      String env = KNOWN_SECRETS.get(s);
      if (env == null) {
        throw new IllegalArgumentException("unknown Tank-OS secret '" + s + "' (known: "
            + KNOWN_SECRETS.keySet() + ")");
      }
      b.secret(SecretMount.env(s, env));
    }
    return b.buildDropIn("10-secrets.conf");
  }

  /**
   * The set of the agent units and their drop-ins.
   *
   * @param agent the agent
   * @param dropIns its drop-ins
   * @return the set
   */
  public static QuadletSet set(ContainerUnit agent, DropIn... dropIns) {
    QuadletSet.Builder b = QuadletSet.builder().unit(agent);
    for (DropIn d : dropIns) {
      b.dropIn(d);
    }
    return b.build();
  }
}
