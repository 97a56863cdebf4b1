package io.tankos.bootc.image.internal;

import java.util.Map;

/**
 * {@code healthcheck INSTANCE}, run by the instance's user timer: when the agent's service is
 * active and its gateway gives no answer on {@code 127.0.0.1:PORT} in three tries (curl, or bash's
 * {@code /dev/tcp} without curl), restarts the service; a failed service is restarted too, an
 * inactive or starting one is left alone. Any HTTP answer counts as alive, so a gateway that
 * requires a token (401) is not restarted. {@code TANK_OS_HEALTHCHECK_DELAY} sets the seconds
 * between tries (default 5).
 */
final class HealthcheckScript {
  private HealthcheckScript() {}

  static String render(ScriptInputs in) {
    Map<String, Map<String, String>> rows =
        ShellText.table(
            in.instances(),
            InstanceInputs::name,
            new ShellText.Column("port", it -> Integer.toString(it.gatewayPort())),
            new ShellText.Column("service", InstanceInputs::serviceName));
    return ShellText.concat(
        ShellText.header("Restarts an agent instance whose gateway does not answer."),
        "known_instances=",
        ShellText.listOf(in.instances(), InstanceInputs::name),
        "\n\n# select_instance NAME: sets the gateway port and service of an instance.\n",
        ShellText.caseFunction("select_instance", rows),
        BODY);
  }

  private static final String BODY = """

      if (($# != 1)); then
        echo "usage: healthcheck INSTANCE" >&2
        exit 2
      fi
      instance="$1"
      if ! select_instance "$instance"; then
        printf "healthcheck: unknown instance '%s' (instances: %s)\\n" "$instance" "$known_instances" >&2
        exit 2
      fi

      attempts=3
      delay="${TANK_OS_HEALTHCHECK_DELAY:-5}"
      if [[ ! "$delay" =~ ^[0-9]+$ ]]; then
        delay=5
      fi

      # answers: whether anything answers HTTP (curl) or accepts a connection (no curl) on the port.
      answers() {
        if command -v curl >/dev/null 2>&1; then
          curl -sS --max-time 10 -o /dev/null "http://127.0.0.1:$port/"
        else
          timeout 10 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' healthcheck "$port"
        fi
      }

      state="$(systemctl --user is-active "$service" || true)"
      case "$state" in
        active) ;;
        failed)
          echo "healthcheck: $service has failed; restarting it" >&2
          exec systemctl --user restart "$service"
          ;;
        *)
          echo "healthcheck: $service is ${state:-unknown}; not checked"
          exit 0
          ;;
      esac

      for ((try = 1; try <= attempts; try++)); do
        if answers; then
          echo "healthcheck: instance $instance answers on port $port"
          exit 0
        fi
        if ((try < attempts)); then
          sleep "$delay"
        fi
      done
      echo "healthcheck: instance $instance gave no answer on 127.0.0.1:$port; restarting $service" >&2
      exec systemctl --user restart "$service"
      """;
}
