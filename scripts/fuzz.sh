#!/usr/bin/env bash
# Runs every cargo-fuzz target for a while: `scripts/fuzz.sh [seconds per target] [target...]`
# (default 600 s, all targets). A crash stops with the reproducing input under fuzz/artifacts/.
# Each target starts from the seeds `fuzz/seeds.py` writes into fuzz/corpus/<target>/ (made from
# tests/golden and the address data) and uses fuzz/dict/<target>.dict where there is one.
# libFuzzer needs nightly-only sanitizer flags; RUSTC_BOOTSTRAP lets the stable toolchain pass them.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ORDERGUARD_ROOT/fuzz"
seconds=${1:-600}
shift || true
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo fuzz list)
python3 seeds.py
for target in "${targets[@]}"; do
  echo "== $target: ${seconds}s"
  dict=()
  [ -f "dict/$target.dict" ] && dict=("-dict=$PWD/dict/$target.dict")
  cargo fuzz run "$target" -- -max_total_time="$seconds" -max_len=65536 "${dict[@]}" 2>&1 | tail -n 3
done
