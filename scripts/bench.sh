#!/usr/bin/env bash
# Measures orderguard (size, start-up, throughput) beside its peers and prints one table, also written
# to bench/RESULTS.md. `scripts/bench.sh address` runs only the sections whose name contains "address".
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ORDERGUARD_ROOT"
scripts/setup.sh
scripts/build-wasm.sh >/dev/null 2>&1
cargo build --quiet --profile bench -p orderguard-bench
node bench/bench.mjs "$@"
