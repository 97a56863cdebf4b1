package io.tankos.bootc.image.internal;

/**
 * The small host commands: {@code tank-openclaw-secrets} (runs the secret sync as the agent user)
 * and {@code tank-os-version} (prints the release file).
 */
final class HostCommandScripts {
  /** Where the sync script lives in the image. */
  static final String SYNC_PATH = "/" + ImageScripts.SYNC_PODMAN_SECRETS;

  private HostCommandScripts() {}

  static String secrets(ScriptInputs in) {
    return ShellText.concat(
        ShellText.header("Syncs or lists the agent user's Podman secret bindings, as that user."),
        ShellText.agentVariables(in),
        "sync=",
        ShellText.quote(SYNC_PATH),
        "\n\n",
        ShellText.asAgentFunction(),
        """

        case "${1:-}" in
          -h | --help)
            echo "usage: tank-openclaw-secrets [--list] [--no-reload]"
            echo "  binds the existing Podman secrets of $agent_user to its instances (see $sync --help)"
            exit 0
            ;;
        esac

        if [[ "$(id -un)" == "$agent_user" ]]; then
          exec "$sync" "$@"
        fi
        as_agent "$sync" "$@"
        """);
  }

  static String version(ScriptInputs in) {
    return ShellText.concat(ShellText.header("Prints this image's release information."), "exec cat -- ",
        ShellText.quote(in.releaseFile()), "\n");
  }
}
