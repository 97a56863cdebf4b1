package io.tankos.quadlet.tankos;

import io.tankos.core.podman.PullPolicy;
import io.tankos.core.validation.Location;
import io.tankos.core.validation.Problems;
import io.tankos.core.validation.ValidationException;
import io.tankos.quadlet.ContainerUnit;
import io.tankos.quadlet.DropIn;
import io.tankos.quadlet.InstallLocation;
import io.tankos.quadlet.QuadletSet;
import io.tankos.quadlet.Restart;
import io.tankos.quadlet.SystemdValue;
import io.tankos.quadlet.UserNs;
import io.tankos.quadlet.secret.SecretMount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Tank-OS rootless Quadlet units, as Tank-OS ships them: the OpenClaw gateway container (state
 * bind-mounted from {@code ~/.openclaw}, API keys from the user's Podman secrets as environment
 * variables), the service-gator MCP container (tokens as files under {@code /run/secrets/}), installed
 * for the {@code openclaw} user (UID 1000) under {@code /etc/containers/systemd/users/1000/}. Several
 * agents on one host get distinct names, ports and data directories.
 *
 * Every preset is a builder (or a set, through {@code toBuilder()}) to adjust: a later value of a
 * single-valued key replaces the preset's.
 *
 * <pre>{@code
 * QuadletSet set = TankOsUnits.defaultSet();                     // openclaw, service-gator, secrets drop-in
 * FileTree files = TankOsUnits.LOCATION.tree(set, PodmanVersion.V5_4, TargetPolicy.STRICT);
 * ContainerUnit research = TankOsUnits.openclaw("openclaw-research", TankOsUnits.OPENCLAW_IMAGE, 18790).build();
 * ContainerUnit pinned = TankOsUnits.openclaw("ghcr.io/openclaw/openclaw:2026.1").description("pinned").build();
 * }</pre>
 */
public final class TankOsUnits {
  /** Where Tank-OS installs the agent's units: rootless, for UID 1000. */
  public static final InstallLocation LOCATION = InstallLocation.user(1000);

  /** The gateway port of the default agent. */
  public static final int GATEWAY_PORT = 18789;

  /** The file name of the agent's secrets drop-in. */
  public static final String SECRETS_DROP_IN = "10-secrets.conf";

  /** The OpenClaw image Tank-OS runs. */
  public static final String OPENCLAW_IMAGE = "ghcr.io/openclaw/openclaw:latest";

  /** The service-gator image Tank-OS runs. */
  public static final String SERVICE_GATOR_IMAGE = "ghcr.io/cgwalters/service-gator:latest";

  /** The Podman secrets Tank-OS knows and the environment variable each becomes. */
  public static final Map<String, String> KNOWN_SECRETS = knownSecrets();

  /** The tokens service-gator reads as files under {@code /run/secrets/}: variable, then secret. */
  public static final List<Map.Entry<String, String>> SERVICE_GATOR_TOKENS =
      List.of(
          Map.entry("GH_TOKEN_FILE", "gh_token"),
          Map.entry("GITLAB_TOKEN_FILE", "gitlab_token"),
          Map.entry("FORGEJO_TOKEN_FILE", "forgejo_token"),
          Map.entry("JIRA_API_TOKEN_FILE", "jira_api_token"));

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
   * The default set: {@code openclaw.container}, {@code service-gator.container} and the agent's
   * {@code openclaw.container.d/10-secrets.conf} with the Anthropic API key.
   *
   * @return the unit set
   */
  public static QuadletSet defaultSet() {
    ContainerUnit agent = openclaw(OPENCLAW_IMAGE).build();
    return QuadletSet.builder()
        .unit(agent)
        .unit(serviceGator(SERVICE_GATOR_IMAGE).build())
        .dropIn(secretsDropIn(agent, List.of("anthropic_api_key")))
        .build();
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
   * {@code ~/.NAME} and gateway port; for the name {@code openclaw} exactly Tank-OS's unit.
   *
   * @param name the unit and container name, e.g. {@code openclaw-research}
   * @param image the OpenClaw image reference
   * @param port the gateway port
   * @return the pre-filled builder
   */
  public static ContainerUnit.Builder openclaw(String name, String image, int port) {
    Objects.requireNonNull(image, "image");
    if (port < 1 || port > 65535) {
      throw new ValidationException(Location.of(name + ".container").child("port"),
          "gateway port must be within 1..65535, got " + port);
    }
    String data = "%h/." + name;
    return ContainerUnit.builder(name)
        .description("OpenClaw gateway " + (name.equals("openclaw") ? "" : name + " ") + "(rootless Podman)")
        .image(image)
        .containerName(name)
        .pull(PullPolicy.NEWER)
        .runInit(true)
        .userNs(UserNs.keepId())
        .addNetwork("host")
        .user(SystemdValue.withSpecifiers("%U:%G"))
        .addVolume(SystemdValue.withSpecifiers(data + ":/home/node/.openclaw:Z"))
        .environment("HOME", "/home/node")
        .environment("TERM", "xterm-256color")
        .environment("NPM_CONFIG_CACHE", "/home/node/.openclaw/.npm")
        .environment("OPENCLAW_NO_RESPAWN", "1")
        .addEnvironmentFile(List.of(SystemdValue.withSpecifiers(data + "/openclaw.env")))
        .exec("node", "dist/index.js", "gateway", "--allow-unconfigured", "--bind", "lan", "--port",
            Integer.toString(port))
        .addExecStartPre("/usr/libexec/tank-os/bootstrap-openclaw")
        .timeoutStartSec("900")
        .restart(Restart.ON_FAILURE)
        .wantedBy("default.target");
  }

  /**
   * The service-gator container: a scoped MCP server on {@code 127.0.0.1:8080} that reads its tokens
   * as files from Podman secrets.
   *
   * @param image the service-gator image reference
   * @return the pre-filled builder
   */
  public static ContainerUnit.Builder serviceGator(String image) {
    ContainerUnit.Builder b =
        ContainerUnit.builder("service-gator")
            .description("service-gator scoped service MCP server (rootless Podman)")
            .image(Objects.requireNonNull(image, "image"))
            .containerName("service-gator")
            .pull(PullPolicy.NEWER)
            .runInit(true)
            .addVolume(SystemdValue.withSpecifiers("%h/.config/service-gator:/etc/service-gator:z"))
            .addVolume(SystemdValue.withSpecifiers("%h/.openclaw:/workspaces:z"))
            .securityLabelLevel("s0")
            .addPublishPort("127.0.0.1:8080:8080");
    for (Map.Entry<String, String> token : SERVICE_GATOR_TOKENS) {
      b.environment(token.getKey(), "/run/secrets/" + token.getValue());
    }
    return b.exec("--mcp-server", "0.0.0.0:8080", "--scope-file", "/etc/service-gator/scopes.json")
        .addExecStartPre("/usr/libexec/tank-os/bootstrap-service-gator")
        .timeoutStartSec("300")
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
   * @throws ValidationException for a name Tank-OS does not know, at {@code Secret[i]}
   */
  public static DropIn secretsDropIn(ContainerUnit agent, List<String> secretNames) {
    return secrets(agent, secretNames).buildDropIn(SECRETS_DROP_IN);
  }

  /**
   * The content of the secrets drop-in, as a builder to adjust further (build it with
   * {@code buildDropIn(TankOsUnits.SECRETS_DROP_IN)}).
   *
   * @param agent the agent unit
   * @param secretNames names from {@link #KNOWN_SECRETS}
   * @return the pre-filled builder
   * @throws ValidationException for a name Tank-OS does not know, at {@code Secret[i]}
   */
  public static ContainerUnit.Builder secrets(ContainerUnit agent, List<String> secretNames) {
    ContainerUnit.Builder b = ContainerUnit.builder(agent.name());
    Problems problems = new Problems();
    for (int i = 0; i < secretNames.size(); i++) {
      String s = secretNames.get(i);
      String env = KNOWN_SECRETS.get(s);
      if (env == null) {
        problems.add(Location.of(agent.fileName() + ".d/" + SECRETS_DROP_IN).child("Secret").index(i),
            "unknown Tank-OS secret '" + s + "' (known: " + KNOWN_SECRETS.keySet() + ")");
      } else {
        b.addSecret(SecretMount.env(s, env));
      }
    }
    problems.throwIfAny();
    return b;
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
