#!/bin/sh
# A fake tool written by tankos-test's FakeTools: records the call, then plays the first matching reply.
home=$(dirname "$0")/..
tool=$(basename "$0")
n=1
while ! mkdir "$home/calls/$n" 2>/dev/null; do n=$((n + 1)); done
call="$home/calls/$n"
printf '%s' "$tool" > "$call/tool"
: > "$call/argv"
for a in "$@"; do printf '%s\0' "$a" >> "$call/argv"; done
env -0 > "$call/env"
if [ -t 0 ]; then : > "$call/stdin"; else cat > "$call/stdin"; fi
us=$(printf '\037')
joined=""
for a in "$@"; do joined="$joined$a$us"; done
for rule in "$home/rules/$tool"/*; do
  [ -d "$rule" ] || continue
  prefix=$(cat "$rule/prefix")
  case "$joined" in
    "$prefix"*) ;;
    *) continue ;;
  esac
  printf '%s' "$(basename "$rule")" > "$call/rule"
  if [ -f "$rule/effects" ]; then
    while IFS="$us" read -r kind key rel file; do
      target=""
      prev=""
      for a in "$@"; do
        case "$kind" in
          option)
            if [ "$prev" = "$key" ]; then target="$a"; fi
            case "$a" in "$key="*) target="${a#"$key="}" ;; esac ;;
          mount)
            if [ "$prev" = "-v" ] || [ "$prev" = "--volume" ]; then
              case "$a" in *":$key"|*":$key:"*) target="${a%%":$key"*}/$rel" ;; esac
            fi ;;
        esac
        prev="$a"
      done
      if [ -z "$target" ]; then
        echo "fake $tool: reply writes after $key but the call has none" >&2
        exit 125
      fi
      mkdir -p "$(dirname "$target")"
      cp "$rule/$file" "$target"
    done < "$rule/effects"
  fi
  cat "$rule/stdout"
  cat "$rule/stderr" >&2
  exit "$(cat "$rule/exit")"
done
echo "fake $tool: no reply scripted for: $tool $*" >&2
exit 127
