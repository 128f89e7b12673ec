#!/usr/bin/env bash
# Builds what ships to the browser: the optimized wasm packages www/pkg/checkout (address, delivery,
# returns) and www/pkg/seller (listing and catalog checks), then the checkout page's module
# www/dist/orderguard-checkout.js (scripts/build-www.mjs). Extra arguments go to wasm-pack.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ORDERGUARD_ROOT"
for package in checkout seller; do
  wasm-pack build wasm --release --target web --out-dir "../www/pkg/$package" --out-name orderguard \
    --no-default-features --features "$package" "$@"
  rm -f "www/pkg/$package/.gitignore"
done
node scripts/build-www.mjs
