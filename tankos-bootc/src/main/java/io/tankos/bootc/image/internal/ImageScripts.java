package io.tankos.bootc.image.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shell scripts a Tank-OS image carries, generated for its agent user and instances. Every
 * value is checked first and single-quoted where it enters the shell; the scripts handle secret
 * names only, never values. Each script is bash 4+ with coreutils, starts with {@code #!/bin/bash}
 * and {@code set -euo pipefail}, and is to be installed with mode 0755.
 *
 * <ul>
 *   <li>{@code usr/libexec/tank-os/sync-podman-secrets [--list] [--no-reload]} (as the agent user):
 *       writes {@code ~/.config/containers/systemd/UNIT.d/10-secrets.conf} binding the declared
 *       secrets that exist, removes it for a unit with none, reloads {@code systemd --user} on change.
 *   <li>{@code usr/local/bin/openclaw [--instance NAME | --container NAME] [--] ARGS}: the OpenClaw
 *       CLI in an instance's container, as the agent user, from root or any sudoer.
 *   <li>{@code usr/local/bin/tank-openclaw-secrets [--list] [--no-reload]}: the sync, as the agent.
 *   <li>{@code usr/local/bin/tank-os-version}: prints the release file.
 *   <li>{@code usr/libexec/tank-os/bootstrap-openclaw INSTANCE} and {@code
 *       usr/libexec/tank-os/bootstrap-service-gator INSTANCE}: {@code ExecStartPre=} of the agent's
 *       and service-gator's units.
 *   <li>{@code usr/libexec/tank-os/healthcheck INSTANCE}: run by the instance's health timer.
 * </ul>
 *
 * <pre>{@code
 * ScriptInputs in = new ScriptInputs("openclaw", 1000, "/var/home/openclaw", "/etc/tank-os-release",
 *     List.of(new InstanceInputs("openclaw", "openclaw", "openclaw.container", 18789, ".openclaw",
 *         ".openclaw/openclaw.env", List.of(SecretBinding.env("openai_api_key", "OPENAI_API_KEY")),
 *         "service-gator.container", List.of(SecretBinding.file("gh_token")))));
 * ImageScripts.render(in).forEach((path, text) -> tree.file("rootfs/" + path, text, 0755));
 * }</pre>
 */
public final class ImageScripts {
  /** The secret sync, run as the agent user. */
  public static final String SYNC_PODMAN_SECRETS = "usr/libexec/tank-os/sync-podman-secrets";

  /** The host CLI shim. */
  public static final String OPENCLAW = "usr/local/bin/openclaw";

  /** The sync, run as the agent user from any user. */
  public static final String TANK_OPENCLAW_SECRETS = "usr/local/bin/tank-openclaw-secrets";

  /** Prints the release file. */
  public static final String TANK_OS_VERSION = "usr/local/bin/tank-os-version";

  /** {@code ExecStartPre=} of an agent instance; argument: the instance's name. */
  public static final String BOOTSTRAP_OPENCLAW = "usr/libexec/tank-os/bootstrap-openclaw";

  /** {@code ExecStartPre=} of an instance's service-gator; argument: the instance's name. */
  public static final String BOOTSTRAP_SERVICE_GATOR = "usr/libexec/tank-os/bootstrap-service-gator";

  /** The health check, run by a user timer; argument: the instance's name. */
  public static final String HEALTHCHECK = "usr/libexec/tank-os/healthcheck";

  /** The mode every script is installed with. */
  public static final int MODE = 0755;

  private ImageScripts() {}

  /**
   * Renders every script.
   *
   * @param in the agent user and instances
   * @return rootfs-relative path (no leading slash) → script text, in a fixed order
   * @throws io.tankos.core.validation.ValidationException listing every invalid input, located
   *     like {@code ScriptInputs.instances[1].gatewayPort}
   */
  public static Map<String, String> render(ScriptInputs in) {
    ScriptInputsCheck.check(in);
    Map<String, String> out = new LinkedHashMap<>();
    out.put(SYNC_PODMAN_SECRETS, SyncSecretsScript.render(in));
    out.put(OPENCLAW, CliShimScript.render(in));
    out.put(TANK_OPENCLAW_SECRETS, HostCommandScripts.secrets(in));
    out.put(TANK_OS_VERSION, HostCommandScripts.version(in));
    out.put(BOOTSTRAP_OPENCLAW, BootstrapScripts.openclaw(in));
    out.put(BOOTSTRAP_SERVICE_GATOR, BootstrapScripts.serviceGator(in));
    out.put(HEALTHCHECK, HealthcheckScript.render(in));
    return Collections.unmodifiableMap(out);
  }
}
