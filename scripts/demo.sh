#!/usr/bin/env bash
# The main job: installs what is missing, builds the optimized wasm package, and serves www/ on
# 127.0.0.1 (port from PORT, default 8080).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ORDERGUARD_ROOT"
scripts/setup.sh
scripts/build-wasm.sh
exec node scripts/serve.mjs --port "${PORT:-8080}"
