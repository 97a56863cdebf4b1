package io.tankos.bootc.image.internal;

import java.util.List;

/**
 * {@code sync-podman-secrets}: run as the agent user, writes one {@code 10-secrets.conf} drop-in per
 * Quadlet unit binding the declared secrets that exist in {@code podman secret ls}, removes the
 * drop-in of a unit with none, and reloads {@code systemd --user} when a drop-in changed. Only
 * secret names are read, never values.
 */
final class SyncSecretsScript {
  private SyncSecretsScript() {}

  static String render(ScriptInputs in) {
    StringBuilder out = new StringBuilder(length(in)).append(ShellText.header(
        "Binds the agent user's existing Podman secrets to its Quadlet units through drop-ins."));
    out.append(ShellText.agentVariables(in));
    out.append(PROLOGUE);
    for (InstanceInputs it : in.instances()) {
      unit(out, it.quadletName(), it.name(), it.secrets());
      if (it.hasGator()) {
        unit(out, it.gatorQuadletName(), it.name() + " service-gator", it.gatorSecrets());
      }
    }
    return out.append(EPILOGUE).toString();
  }

  /**
   * About the text's length (more, unless a name holds a quote or a target is longer than its
   * name): one buffer from the start instead of copies as it grows past the prologue.
   */
  private static int length(ScriptInputs in) {
    int n = 256 + in.userName().length() + in.home().length() + PROLOGUE.length() + EPILOGUE.length();
    for (InstanceInputs it : in.instances()) {
      n += unitLength(it.quadletName(), it.name().length(), it.secrets());
      if (it.hasGator()) {
        n += unitLength(it.gatorQuadletName(), it.name().length() + 14, it.gatorSecrets());
      }
    }
    return n;
  }

  private static int unitLength(String unit, int labelLength, List<SecretBinding> secrets) {
    int n = 26 + unit.length() + labelLength;
    for (SecretBinding s : secrets) {
      n += 48 + 3 * s.secretName().length(); // a want_secret line, its target as long as the name
    }
    return n;
  }

  private static void unit(StringBuilder out, String unit, String label, List<SecretBinding> secrets) {
    ShellText.appendQuoted(ShellText.appendQuoted(out.append("\nbegin_unit "), unit).append(' '), label)
        .append('\n');
    for (SecretBinding s : secrets) {
      ShellText.appendQuoted(ShellText.appendQuoted(out.append("want_secret "), s.secretName()).append(' '),
          s.secretLine()).append('\n');
    }
    out.append("end_unit\n");
  }

  private static final String PROLOGUE = """
      dropin_root="$agent_home/.config/containers/systemd"

      usage() {
        cat <<'USAGE'
      usage: sync-podman-secrets [--list] [--no-reload]
        Writes UNIT.d/10-secrets.conf under ~/.config/containers/systemd for each Quadlet
        unit, binding the declared Podman secrets that exist (names only, never values),
        removes it for a unit with none, and runs systemctl --user daemon-reload when a
        drop-in changed.
        --list       only show which declared secrets exist, per instance
        --no-reload  do not run systemctl --user daemon-reload
      USAGE
      }

      list=0
      reload=1
      while (($# > 0)); do
        case "$1" in
          --list) list=1 ;;
          --no-reload) reload=0 ;;
          -h | --help)
            usage
            exit 0
            ;;
          *)
            usage >&2
            exit 2
            ;;
        esac
        shift
      done

      if [[ "$(id -un)" != "$agent_user" ]]; then
        echo "sync-podman-secrets: run this as $agent_user (tank-openclaw-secrets does so)" >&2
        exit 1
      fi

      declare -A present=()
      secret_names="$(podman secret ls --format '{{.Name}}')"
      while IFS= read -r secret_name; do
        if [[ -n "$secret_name" ]]; then
          present["$secret_name"]=1
        fi
      done <<<"$secret_names"

      unit=''
      lines=()
      changed_units=()
      tmp=''
      trap '[[ -z "$tmp" ]] || rm -f -- "$tmp"' EXIT

      # begin_unit UNIT LABEL: starts collecting the secret lines of one Quadlet unit.
      begin_unit() {
        unit="$1"
        lines=()
        if ((list)); then
          printf '%s (%s):\\n' "$2" "$1"
        fi
      }

      # want_secret NAME LINE: keeps LINE for the current unit when secret NAME exists.
      want_secret() {
        local status='missing'
        if [[ -n "${present[$1]+set}" ]]; then
          lines+=("$2")
          status='present'
        fi
        if ((list)); then
          printf '  %-8s %s\\n' "$status" "$1"
        fi
      }

      # end_unit: writes the current unit's drop-in if its text changed, or removes it.
      end_unit() {
        local dir="$dropin_root/$unit.d"
        local file="$dropin_root/$unit.d/10-secrets.conf"
        if ((list)); then
          return 0
        fi
        if ((${#lines[@]} == 0)); then
          if [[ -e "$file" || -L "$file" ]]; then
            rm -f -- "$file"
            rmdir -- "$dir" 2>/dev/null || true
            echo "removed $file"
            changed_units+=("$unit")
          fi
          return 0
        fi
        mkdir -p -- "$dir"
        tmp="$(mktemp -- "$dir/.10-secrets.conf.XXXXXX")"
        printf '[Container]\\n' >"$tmp"
        printf '%s\\n' "${lines[@]}" >>"$tmp"
        chmod 0644 -- "$tmp"
        if [[ -f "$file" && ! -L "$file" ]] && cmp -s -- "$tmp" "$file"; then
          rm -f -- "$tmp"
          tmp=''
          return 0
        fi
        mv -f -- "$tmp" "$file"
        tmp=''
        echo "wrote $file"
        changed_units+=("$unit")
      }
      """;

  private static final String EPILOGUE = """

      if ((list)); then
        exit 0
      fi
      if ((${#changed_units[@]} == 0)); then
        echo "secret drop-ins are up to date"
        exit 0
      fi
      if ((reload)); then
        systemctl --user daemon-reload
        echo "reloaded systemd --user"
      else
        echo "not reloaded; run: systemctl --user daemon-reload"
      fi
      echo "restart the changed units to apply:"
      for unit in "${changed_units[@]}"; do
        printf '  systemctl --user restart %s\\n' "${unit%.container}.service"
      done
      """;
}
