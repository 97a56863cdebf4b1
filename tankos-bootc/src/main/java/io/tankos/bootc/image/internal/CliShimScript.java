package io.tankos.bootc.image.internal;

import java.util.Map;

/**
 * {@code /usr/local/bin/openclaw}: runs the OpenClaw CLI inside one instance's container as the
 * agent user. {@code --instance NAME} or {@code --container NAME} (leading options only) pick the
 * instance, the first by default; everything after them, or after {@code --}, goes to the CLI.
 */
final class CliShimScript {
  /** Where the shim lives in the image; it re-runs itself from there as the agent user. */
  static final String PATH = "/" + ImageScripts.OPENCLAW;

  private CliShimScript() {}

  static String render(ScriptInputs in) {
    Map<String, Map<String, String>> byInstance =
        ShellText.table(
            in.instances(),
            InstanceInputs::name,
            new ShellText.Column("container", InstanceInputs::containerName),
            new ShellText.Column("service", InstanceInputs::serviceName));
    Map<String, Map<String, String>> byContainer =
        ShellText.table(
            in.instances(),
            InstanceInputs::containerName,
            new ShellText.Column("instance", InstanceInputs::name));
    return ShellText.concat(
        ShellText.header("Runs the OpenClaw CLI inside an agent instance's container."),
        ShellText.agentVariables(in),
        "self=",
        ShellText.quote(PATH),
        "\ninstance=",
        ShellText.quote(in.instances().get(0).name()),
        "\nknown_instances=",
        ShellText.listOf(in.instances(), InstanceInputs::name),
        "\nknown_containers=",
        ShellText.listOf(in.instances(), InstanceInputs::containerName),
        "\n\n# select_instance NAME: sets container and service of an instance.\n",
        ShellText.caseFunction("select_instance", byInstance),
        "\n# instance_of_container NAME: sets instance to the one running container NAME.\n",
        ShellText.caseFunction("instance_of_container", byContainer),
        "\n",
        ShellText.asAgentFunction(),
        BODY);
  }

  private static final String BODY = """

      while (($# > 0)); do
        case "$1" in
          --instance | --container)
            if (($# < 2)); then
              echo "openclaw: $1 needs a value" >&2
              exit 2
            fi
            option="$1"
            value="$2"
            shift 2
            ;;
          --instance=* | --container=*)
            option="${1%%=*}"
            value="${1#*=}"
            shift
            ;;
          --)
            shift
            break
            ;;
          *)
            break
            ;;
        esac
        if [[ "$option" == --container ]]; then
          if ! instance_of_container "$value"; then
            printf "openclaw: unknown container '%s' (containers: %s)\\n" "$value" "$known_containers" >&2
            exit 2
          fi
        else
          instance="$value"
        fi
      done

      if ! select_instance "$instance"; then
        printf "openclaw: unknown instance '%s' (instances: %s)\\n" "$instance" "$known_instances" >&2
        exit 2
      fi

      if [[ "$(id -un)" != "$agent_user" ]]; then
        as_agent "$self" --instance "$instance" -- "$@"
      fi

      running="$(podman container inspect --format '{{.State.Running}}' "$container" 2>/dev/null || true)"
      if [[ "$running" != true ]]; then
        echo "openclaw: container $container of instance $instance is not running" >&2
        echo "start it with: systemctl --user start $service" >&2
        exit 1
      fi

      tty_flags=(-i)
      if [[ -t 0 && -t 1 ]]; then
        tty_flags=(-i -t)
      fi
      exec podman exec "${tty_flags[@]}" "$container" openclaw "$@"
      """;
}
