# Sourced by the other scripts: the tools they use, in the order they must be found.
# binaryen's wasm-opt from npm comes first: Debian's wasm-opt 108 corrupts wasm-bindgen output.
ORDERGUARD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ORDERGUARD_ROOT
export PATH="$ORDERGUARD_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROME_BIN=/usr/bin/chromium
export CHROMEDRIVER=/usr/bin/chromedriver
