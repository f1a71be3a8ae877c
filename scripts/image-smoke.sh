#!/usr/bin/env bash
# Runs the container image on a machine without a Docker daemon, as a container runtime would: unpacks the layers of
# app/target/where-ai-image.tar (mvn -B package -Pimage) into a directory, gives it what the runtime gives a
# container (/proc, a /tmp tmpfs, /etc/hosts), makes its root read-only (as compose.yaml does) and starts the
# image's entrypoint and command with chroot as the image's user and with its environment. Then it runs
# `where-ai health` in the same root and prints GET /health. Needs root (chroot, mount) and python3.
#
# usage: sudo scripts/image-smoke.sh [TAR] [PORT]      (exit 0 when the health check passes)
set -euo pipefail

tar_file=$(realpath "${1:-app/target/where-ai-image.tar}")
port=${2:-3979}
work=$(mktemp -d)
root="$work/root"
server=""
chroot=$(command -v chroot)

cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  for mount in "$root/tmp" "$root/proc" "$root"; do
    mountpoint -q "$mount" && umount "$mount"
  done
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/image" "$root"
tar -xf "$tar_file" -C "$work/image"
config() { python3 -c "import json,sys; c=json.load(open(sys.argv[1]))['config']; print($1)" "$work/image/config.json"; }
for layer in $(python3 -c "import json,sys; print(' '.join(json.load(open(sys.argv[1]))[0]['Layers']))" \
  "$work/image/manifest.json"); do
  tar --warning=no-unknown-keyword -xzpf "$work/image/$layer" -C "$root"
done

user=$(config "c['User']")
mapfile -t entrypoint < <(config "'\\n'.join(c.get('Entrypoint') or [])")
mapfile -t command < <(config "'\\n'.join((c.get('Entrypoint') or []) + (c.get('Cmd') or []))")
mapfile -t env < <(config "'\\n'.join(c.get('Env') or [])")
echo "image: user $user, runs: ${command[*]}"

mkdir -p "$root/proc" "$root/etc"
printf '127.0.0.1 localhost %s\n' "$(hostname)" > "$root/etc/hosts"
mount --bind "$root" "$root" && mount -o remount,bind,ro "$root"
mount -t proc proc "$root/proc"
mount -t tmpfs tmpfs "$root/tmp"

in_image() { env -i "${env[@]}" PORT="$port" "$chroot" --userspec="$user" "$root" "$@"; }

# env execs chroot, which execs java: $! is the server's own pid.
env -i "${env[@]}" PORT="$port" "$chroot" --userspec="$user" "$root" "${command[@]}" &
server=$!
for _ in $(seq 1 60); do
  if in_image "${entrypoint[@]}" health --timeout 1 >/dev/null 2>&1; then break; fi
  kill -0 "$server" 2>/dev/null || { echo "the server exited" >&2; exit 1; }
  sleep 1
done
in_image "${entrypoint[@]}" health
echo "GET /health: $(curl -s "http://127.0.0.1:$port/health" || true)"
