#!/bin/sh
# The container image's build steps, run by the Dockerfile's build stage one at a
# time (so that installing is cached apart from the sources) and by
# test/image/dockerfile.test.ts on exactly the files the Dockerfile copies.
#   install  the dependencies package-lock.json pins, dev ones included (the build needs TypeScript);
#            no install scripts: `prepare` would build before the sources are copied
#   build    compile into dist/, then drop the dev dependencies
set -eu
case "${1:-}" in
  install) npm ci --ignore-scripts --no-audit --no-fund ;;
  build) node scripts/build.mjs && npm prune --omit=dev --ignore-scripts --no-audit --no-fund ;;
  *) echo "usage: sh scripts/build-image.sh install|build" >&2; exit 1 ;;
esac
