package io.tankos.bootc.image.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code ExecStartPre=} scripts of the agent's units, each taking the instance's name as its
 * only argument ({@code ExecStartPre=/usr/libexec/tank-os/bootstrap-openclaw work}):
 * {@code bootstrap-openclaw} creates the state directory (0700) and the environment file (0600,
 * holding a gateway token generated on the machine) when missing; {@code bootstrap-service-gator}
 * creates service-gator's configuration directory (0700) and an empty {@code scopes.json} when
 * missing. Both then run {@code sync-podman-secrets} from their own directory, which reloads {@code
 * systemd --user} when a drop-in changed, so the unit being started binds the secrets that exist
 * now (a drop-in naming a deleted secret would make Podman refuse to start the container).
 */
final class BootstrapScripts {
  private BootstrapScripts() {}

  static String openclaw(ScriptInputs in) {
    Map<String, Map<String, String>> rows =
        ShellText.table(
            in.instances(),
            InstanceInputs::name,
            new ShellText.Column("state_dir", InstanceInputs::stateDirectory),
            new ShellText.Column("env_file", InstanceInputs::envFile));
    return start(in, "ExecStartPre of an agent instance: state directory, environment file, secret sync.",
        "bootstrap-openclaw", rows, ShellText.listOf(in.instances(), InstanceInputs::name), OPENCLAW_BODY);
  }

  static String serviceGator(ScriptInputs in) {
    List<InstanceInputs> withGator =
        in.instances().stream().filter(InstanceInputs::hasGator).collect(Collectors.toList());
    Map<String, Map<String, String>> rows =
        ShellText.table(
            withGator,
            InstanceInputs::name,
            new ShellText.Column(
                "config_dir", it -> ScriptNames.gatorConfigDirectory(it.gatorQuadletName())));
    return start(in, "ExecStartPre of an instance's service-gator: configuration directory, secret sync.",
        "bootstrap-service-gator", rows, ShellText.listOf(withGator, InstanceInputs::name), GATOR_BODY);
  }

  /**
   * The script: its header, then the variables, helpers, the instance lookup and the argument check
   * both scripts share, then its body.
   */
  private static String start(ScriptInputs in, String purpose, String script,
      Map<String, Map<String, String>> rows, String known, String body) {
    return ShellText.concat(
        ShellText.header(purpose),
        ShellText.agentVariables(in),
        ShellText.hereVariable(),
        "\n# select_instance NAME: sets the paths of an instance, relative to the home.\n",
        ShellText.caseFunction("select_instance", rows),
        "\nif (($# != 1)); then\n  echo \"usage: ",
        script,
        " INSTANCE\" >&2\n  exit 2\nfi\nif ! select_instance \"$1\"; then\n  printf \"",
        script,
        ": unknown instance '%s' (instances: %s)\\n\" \"$1\" ",
        known,
        " >&2\n  exit 2\nfi\numask 077\n",
        HELPERS,
        body);
  }

  private static final String HELPERS = """

      # private_dir DIR: creates DIR (mode 0700) unless it exists.
      private_dir() {
        if [[ ! -d "$1" ]]; then
          mkdir -p -m 0700 -- "$1"
          echo "created $1"
        fi
      }

      # private_file FILE WHAT: unless FILE exists, moves stdin into it (mode 0600) through a
      # temporary file, so that FILE is either absent or complete.
      private_file() {
        if [[ -e "$1" ]]; then
          cat >/dev/null
          return 0
        fi
        mkdir -p -- "$(dirname -- "$1")"
        tmp="$(mktemp -- "$1.XXXXXX")"
        trap 'rm -f -- "$tmp"' EXIT
        cat >"$tmp"
        chmod 0600 -- "$tmp"
        mv -f -- "$tmp" "$1"
        trap - EXIT
        echo "created $1$2"
      }
      """;

  private static final String OPENCLAW_BODY = """

      private_dir "$agent_home/$state_dir"
      env_file="$agent_home/$env_file"
      if [[ ! -e "$env_file" ]]; then
        token="$(od -An -tx1 -N32 /dev/urandom | tr -d ' \\n')"
        printf 'OPENCLAW_GATEWAY_TOKEN=%s\\n' "$token" | private_file "$env_file" ' with a new gateway token'
      fi

      exec "$here/sync-podman-secrets"
      """;

  private static final String GATOR_BODY = """

      config_dir="$agent_home/$config_dir"
      private_dir "$config_dir"
      private_file "$config_dir/scopes.json" ' (no scopes granted)' <<'JSON'
      {
        "scopes": {
          "gh": {"repos": {}},
          "gitlab": {"projects": {}},
          "forgejo": [],
          "jira": {"projects": {}}
        }
      }
      JSON

      exec "$here/sync-podman-secrets"
      """;
}
