package io.tankos.bootc.image.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code ExecStartPre=} scripts of the agent's units, each taking the instance's name as its
 * only argument ({@code ExecStartPre=/usr/libexec/tank-os/bootstrap-openclaw work}):
 * {@code bootstrap-openclaw} creates the state directory (0700) and the environment file (0600,
 * holding a gateway token generated on the machine) when missing; {@code bootstrap-service-gator}
 * creates service-gator's configuration directory (0700) and an empty {@code scopes.json} when
 * missing. Both then run {@code sync-podman-secrets} from their own directory.
 */
final class BootstrapScripts {
  private BootstrapScripts() {}

  static String openclaw(ScriptInputs in) {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (InstanceInputs it : in.instances()) {
      Map<String, String> vars = new LinkedHashMap<>();
      vars.put("state_dir", it.stateDirectory());
      vars.put("env_file", it.envFile());
      rows.put(it.name(), vars);
    }
    return ShellText.header(
            "ExecStartPre of an agent instance: state directory, environment file, secret sync.")
        + start(in, "bootstrap-openclaw", rows, ShellText.listOf(in.instances(), InstanceInputs::name))
        + OPENCLAW_BODY;
  }

  static String serviceGator(ScriptInputs in) {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    StringBuilder names = new StringBuilder();
    for (InstanceInputs it : in.instances()) {
      if (it.hasGator()) {
        rows.put(it.name(), Map.of("config_dir", ScriptNames.gatorConfigDirectory(it.gatorQuadletName())));
        names.append(names.length() == 0 ? "" : " ").append(it.name());
      }
    }
    return ShellText.header(
            "ExecStartPre of an instance's service-gator: configuration directory, secret sync.")
        + start(in, "bootstrap-service-gator", rows, ShellText.quote(names.toString()))
        + GATOR_BODY;
  }

  /** Variables, the instance lookup and the argument check shared by both scripts. */
  private static String start(
      ScriptInputs in, String script, Map<String, Map<String, String>> rows, String known) {
    return "agent_home="
        + ShellText.quote(in.home())
        + "\n"
        + ShellText.hereVariable()
        + "\n# select_instance NAME: sets the paths of an instance, relative to the home.\n"
        + ShellText.caseFunction("select_instance", rows)
        + "\nif (($# != 1)); then\n  echo \"usage: "
        + script
        + " INSTANCE\" >&2\n  exit 2\nfi\nif ! select_instance \"$1\"; then\n  printf \""
        + script
        + ": unknown instance '%s' (instances: %s)\\n\" \"$1\" "
        + known
        + " >&2\n  exit 2\nfi\numask 077\n";
  }

  private static final String OPENCLAW_BODY = """

      state_dir="$agent_home/$state_dir"
      env_file="$agent_home/$env_file"
      if [[ ! -d "$state_dir" ]]; then
        mkdir -p -m 0700 -- "$state_dir"
        echo "created $state_dir"
      fi
      if [[ ! -e "$env_file" ]]; then
        mkdir -p -- "$(dirname -- "$env_file")"
        tmp="$(mktemp -- "$env_file.XXXXXX")"
        trap 'rm -f -- "$tmp"' EXIT
        token="$(od -An -tx1 -N32 /dev/urandom | tr -d ' \\n')"
        printf 'OPENCLAW_GATEWAY_TOKEN=%s\\n' "$token" >"$tmp"
        chmod 0600 -- "$tmp"
        mv -f -- "$tmp" "$env_file"
        trap - EXIT
        echo "created $env_file with a new gateway token"
      fi

      exec "$here/sync-podman-secrets"
      """;

  private static final String GATOR_BODY = """

      config_dir="$agent_home/$config_dir"
      scopes="$config_dir/scopes.json"
      if [[ ! -d "$config_dir" ]]; then
        mkdir -p -m 0700 -- "$config_dir"
        echo "created $config_dir"
      fi
      if [[ ! -e "$scopes" ]]; then
        tmp="$(mktemp -- "$scopes.XXXXXX")"
        trap 'rm -f -- "$tmp"' EXIT
        cat >"$tmp" <<'JSON'
      {
        "scopes": {
          "gh": {"repos": {}},
          "gitlab": {"projects": {}},
          "forgejo": [],
          "jira": {"projects": {}}
        }
      }
      JSON
        chmod 0600 -- "$tmp"
        mv -f -- "$tmp" "$scopes"
        trap - EXIT
        echo "created $scopes (no scopes granted)"
      fi

      exec "$here/sync-podman-secrets"
      """;
}
