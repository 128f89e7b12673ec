#!/usr/bin/env bash
# Builds what ships to the browser: the optimized wasm packages www/pkg/checkout (address, delivery,
# returns), www/pkg/seller (listing and catalog checks) and www/pkg/orders (the orders board), then the checkout page's module
# www/dist/orderguard-checkout.js (scripts/build-www.mjs). Extra arguments go to wasm-pack.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ORDERGUARD_ROOT"
# The checkout is built for size (`release`, opt-level "z", wasm-opt -Oz), the seller tools for speed
# (`seller`, opt-level 3, wasm-opt -O3): see Cargo.toml.
for build in "checkout --release" "seller --profile seller" "orders --profile seller"; do
  read -r package profile <<<"$build"
  # shellcheck disable=SC2086 # the profile is two words on purpose
  wasm-pack build wasm $profile --target web --out-dir "../www/pkg/$package" --out-name orderguard \
    --no-default-features --features "$package" "$@"
  rm -f "www/pkg/$package/.gitignore"
done
# The region files of the countries whose regions the checkout package does not embed: fetched by the
# address form from beside the package when a buyer picks the country.
rm -rf www/pkg/checkout/regions
cp -r core/data/address/regions www/pkg/checkout/regions
# And the other countries' phone numbering, fetched when a buyer picks a country outside the six.
cp core/data/address/phones.tsv www/pkg/checkout/phones.tsv
node scripts/build-www.mjs
